// English must be complete: every Vietnamese source string of the program has a
// finished English translation that keeps the same placeholders.
#include "support/testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, {}, false};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(current);
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression pattern(u"%\\d"_s);
    for (const auto &match : pattern.globalMatch(text))
        out.insert(match.captured());
    return out;
}

} // namespace

TEST(Translations, EnglishIsCompleteAndKeepsPlaceholders)
{
    const QList<Message> messages =
        readTs(iocwall::test::sourceDir() + u"/resources/translations/iocwall_en.ts"_s);
    ASSERT_GT(messages.size(), 100);
    for (const Message &m : messages) {
        EXPECT_FALSE(m.unfinished) << m.context.toStdString() << ": " << m.source.toStdString();
        EXPECT_FALSE(m.translation.trimmed().isEmpty()) << m.source.toStdString();
        EXPECT_EQ(placeholders(m.source), placeholders(m.translation)) << m.source.toStdString();
    }
}
