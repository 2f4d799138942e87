#include "simmodel.h"
#include "simdata.h"
#include "simgen.h"
#include "simreports.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iocwall {

using sim::Data;

SimModel::SimModel(const QString &dataRoot, quint64 seed)
    : m_seed(seed)
{
    auto data = std::make_unique<Data>(Data::load(dataRoot, m_errors));
    if (!m_errors.isEmpty())
        data = std::make_unique<Data>(); // half-read files would give half-true values
    m_data = std::move(data);
}

SimModel::~SimModel() = default;
SimModel::SimModel(SimModel &&) noexcept = default;
SimModel &SimModel::operator=(SimModel &&) noexcept = default;

QStringList SimModel::indicatorCodes(const QString &api) const
{
    QStringList out;
    for (const sim::Indicator &ind : m_data->indicators) {
        if (api.isEmpty() || ind.api == api)
            out.append(ind.code);
    }
    return out;
}

bool SimModel::hasIndicator(const QString &code) const
{
    return m_data->indicator(code) != nullptr;
}

QString SimModel::apiOf(const QString &indicator) const
{
    const sim::Indicator *ind = m_data->indicator(indicator);
    return ind ? ind->api : QString();
}

QString SimModel::unitOf(const QString &indicator) const
{
    const sim::Indicator *ind = m_data->indicator(indicator);
    return ind ? ind->unit : QString();
}

QString SimModel::periodOf(const QString &indicator) const
{
    const sim::Indicator *ind = m_data->indicator(indicator);
    if (!ind)
        return {};
    return ind->period == sim::Period::Hour ? u"hour"_s : u"day"_s;
}

QJsonArray SimModel::catalogJson(const QString &api) const
{
    QJsonArray out;
    for (const sim::Indicator &ind : m_data->indicators) {
        if (ind.api == api)
            out.append(ind.catalog);
    }
    return out;
}

QString SimModel::townCode() const
{
    return m_data->town.code;
}

QStringList SimModel::unitCodes() const
{
    QStringList out;
    for (const Area &a : m_data->units)
        out.append(a.code);
    return out;
}

bool SimModel::hasArea(const QString &code) const
{
    return !code.isEmpty() && m_data->area(code);
}

QJsonArray SimModel::areasJson() const
{
    QJsonArray out;
    const auto toJson = [](const Area &a) {
        return QJsonObject{{u"code"_s, a.code},
                           {u"name"_s, a.name},
                           {u"kind"_s, a.kind},
                           {u"parent"_s, a.parent.isEmpty() ? QJsonValue() : QJsonValue(a.parent)},
                           {u"lat"_s, a.lat},
                           {u"lon"_s, a.lon}};
    };
    if (!m_data->town.code.isEmpty())
        out.append(toJson(m_data->town));
    for (const Area &a : m_data->units)
        out.append(toJson(a));
    return out;
}

QStringList SimModel::areasOf(const QString &indicator) const
{
    if (!hasIndicator(indicator))
        return {};
    if (m_data->profiles.value(indicator).townScope)
        return {m_data->town.code};
    return unitCodes();
}

QList<SimPoint> SimModel::series(const QString &indicator, const QString &area,
                                 const QDateTime &from, const QDateTime &to,
                                 const QDateTime &now) const
{
    const sim::Indicator *ind = m_data->indicator(indicator);
    if (!ind || !from.isValid() || !to.isValid() || !now.isValid() ||
        !areasOf(indicator).contains(area))
        return {};
    const sim::Period period = ind->period;
    const qint64 nowS = now.toSecsSinceEpoch();
    const qint64 first = sim::bucketOf(from.toSecsSinceEpoch(), period);
    const qint64 last = sim::bucketOf(std::min(to.toSecsSinceEpoch(), nowS), period);
    if (first > last)
        return {};
    const QList<double> values =
        sim::SeriesGenerator(*m_data, m_seed, *ind, area).values(first, last, nowS);
    QList<SimPoint> out;
    out.reserve(values.size());
    for (qint64 b = first; b <= last; ++b) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(sim::bucketStartS(b, period), zone());
        out.append({start, values[b - first]});
    }
    return out;
}

QList<SimReport> SimModel::reports(const QDateTime &from, const QDateTime &now) const
{
    if (!from.isValid() || !now.isValid() || from > now)
        return {};
    const qint64 fromS = from.toSecsSinceEpoch();
    const qint64 nowS = now.toSecsSinceEpoch();
    const QList<sim::ReportDraft> drafts =
        sim::reportDrafts(*m_data, m_seed, sim::bucketOf(fromS, sim::Period::Day),
                          sim::bucketOf(nowS, sim::Period::Day));
    QList<SimReport> out;
    for (const sim::ReportDraft &d : drafts) {
        if (d.createdS >= fromS && d.createdS <= nowS)
            out.append(sim::toSimReport(*m_data, d, nowS));
    }
    return out;
}

QTimeZone SimModel::zone()
{
    return QTimeZone(int(sim::kLocalOffsetS));
}

QString SimModel::formatTime(const QDateTime &time)
{
    return time.toTimeZone(zone()).toString(Qt::ISODate);
}

std::optional<QDateTime> SimModel::parseTime(const QString &text)
{
    QString s = text.trimmed();
    // "2026-11-25T08:00:00 07:00": a '+' that a query string decoded to a space.
    static const QRegularExpression spacedOffset(u"T[0-9:.]+( )[0-9]{2}:?[0-9]{2}$"_s);
    if (const auto m = spacedOffset.match(s); m.hasMatch())
        s[m.capturedStart(1)] = u'+';
    if (s.size() == 10) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), zone());
    }
    const QDateTime parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!parsed.isValid() || !s.contains(u'T'))
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), zone());
    return parsed.toTimeZone(zone());
}

} // namespace iocwall
