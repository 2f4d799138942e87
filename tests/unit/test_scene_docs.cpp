// docs/scenes.md describes every built-in tile type and each of its props as
// declared in app/wall/tiletypes/, with the declared default.
#include "support/testutil.h"
#include "wall/scene.h"
#include "wall/tiletypes.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace iocwall;
using namespace Qt::StringLiterals;

namespace {

// The text of the section "### `type`" up to the next heading.
QString section(const QString &doc, const QString &type)
{
    const QString heading = u"### `"_s + type + u"`\n"_s;
    const qsizetype start = doc.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf(u"\n#"_s, start + heading.size());
    return doc.mid(start, end < 0 ? -1 : end - start);
}

QString defaultText(const PropertySpec &p)
{
    if (p.kind == PropertySpec::Kind::String)
        return p.defaultValue.toString().isEmpty() ? u"\"\""_s : p.defaultValue.toString();
    if (p.kind == PropertySpec::Kind::Boolean)
        return p.defaultValue.toBool() ? u"true"_s : u"false"_s;
    return p.defaultValue.toString();
}

} // namespace

TEST(SceneDocs, EveryTileTypeAndPropIsDocumentedWithItsDefault)
{
    QFile f(test::sourceDir() + u"/docs/scenes.md"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(doc.contains(u"| %1 |"_s.arg(Scene::kCurrentVersion)))
        << "the current version has no row in the table of versions";
    for (const TileTypeSpec &type : builtinTileTypes()) {
        SCOPED_TRACE(type.id.toStdString());
        const QString text = section(doc, type.id);
        ASSERT_FALSE(text.isEmpty()) << "no section for the type";
        for (const PropertySpec &p : type.properties) {
            const QRegularExpression row(u"\\| `"_s + QRegularExpression::escape(p.name) +
                                         u"` \\| [a-z]+ \\| "_s +
                                         QRegularExpression::escape(defaultText(p)) + u" \\|"_s);
            EXPECT_TRUE(row.match(text).hasMatch())
                << "no row `" << p.name.toStdString() << "` with default "
                << defaultText(p).toStdString();
        }
    }
}
