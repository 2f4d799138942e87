#include "standardsupport.h"

#include "hub/connector.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iocwall::standards {

std::optional<QJsonDocument> parseJson(const QByteArray &body, QString *error)
{
    QByteArrayView bytes(body);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.trimmed().isEmpty()) {
        *error = Connector::tr("phản hồi rỗng (cần JSON)");
        return std::nullopt;
    }
    QJsonParseError parse;
    // fromJson needs a QByteArray; the copy is made only when a BOM was cut.
    const QJsonDocument doc =
        QJsonDocument::fromJson(bytes.size() == body.size() ? body : bytes.toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Connector::tr("phản hồi không phải JSON hợp lệ (byte %1 trên %2: %3)")
                     .arg(parse.offset)
                     .arg(bytes.size())
                     .arg(parse.errorString());
        return std::nullopt;
    }
    return doc;
}

std::optional<double> number(const QJsonValue &value)
{
    double d = std::nan("");
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<QDateTime> isoTime(const QString &text, const QTimeZone &zoneless)
{
    QStringView view(text);
    if (const qsizetype slash = view.indexOf(u'/'); slash > 0)
        view = view.first(slash); // an interval: its start
    view = view.trimmed();
    if (view.size() < 10)
        return std::nullopt;
    QDateTime t = QDateTime::fromString(view.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) // no zone in the text
        t = QDateTime(t.date(), t.time(), zoneless);
    return t.toUTC();
}

std::optional<QDateTime> isoTime(const QJsonValue &value, const QTimeZone &zoneless)
{
    if (!value.isString())
        return std::nullopt;
    return isoTime(value.toString(), zoneless);
}

QString unitFromCode(const QString &code)
{
    // UN/CEFACT Recommendation 20, the codes environment and utility sensors use.
    static const QHash<QString, QString> units = {
        {u"GQ"_s, u"µg/m³"_s}, {u"GP"_s, u"mg/m³"_s}, {u"P1"_s, u"%"_s},     {u"CEL"_s, u"°C"_s},
        {u"FAH"_s, u"°F"_s},   {u"KEL"_s, u"K"_s},    {u"MTR"_s, u"m"_s},    {u"CMT"_s, u"cm"_s},
        {u"MMT"_s, u"mm"_s},   {u"KMT"_s, u"km"_s},   {u"MTS"_s, u"m/s"_s},  {u"KMH"_s, u"km/h"_s},
        {u"A97"_s, u"hPa"_s},  {u"PAL"_s, u"Pa"_s},   {u"KPA"_s, u"kPa"_s},  {u"MBR"_s, u"mbar"_s},
        {u"BAR"_s, u"bar"_s},  {u"2N"_s, u"dB"_s},    {u"59"_s, u"ppm"_s},   {u"61"_s, u"ppb"_s},
        {u"M1"_s, u"mg/L"_s},  {u"GL"_s, u"g/L"_s},   {u"LTR"_s, u"L"_s},    {u"MTQ"_s, u"m³"_s},
        {u"MQH"_s, u"m³/h"_s}, {u"MQS"_s, u"m³/s"_s}, {u"L2"_s, u"L/min"_s}, {u"KWH"_s, u"kWh"_s},
        {u"KWT"_s, u"kW"_s},   {u"WTT"_s, u"W"_s},    {u"MAW"_s, u"MW"_s},   {u"VLT"_s, u"V"_s},
        {u"AMP"_s, u"A"_s},    {u"LUX"_s, u"lx"_s},   {u"DD"_s, u"°"_s},     {u"D54"_s, u"W/m²"_s},
        {u"SEC"_s, u"s"_s},    {u"MIN"_s, u"min"_s},  {u"HUR"_s, u"h"_s},    {u"KGM"_s, u"kg"_s},
        {u"GRM"_s, u"g"_s},    {u"TNE"_s, u"t"_s},    {u"C62"_s, QString()},
    };
    const auto it = units.constFind(code);
    return it == units.cend() ? code : it.value();
}

QHash<QString, IndicatorTarget> indicatorMap(const FieldReader &settings, const QString &key,
                                             Need need)
{
    QHash<QString, IndicatorTarget> out;
    const QJsonObject map = settings.object(key, need);
    if (need == Need::Required && settings.has(key) && map.isEmpty())
        settings.issues().add(settings.pathOf(key),
                              Connector::tr("cần ít nhất một ánh xạ tới mã chỉ tiêu"));
    FieldReader entries(map, settings.pathOf(key), settings.issues());
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString()) {
            out.insert(it.key(), {it.value().toString(), {}});
            continue;
        }
        if (!it.value().isObject()) {
            settings.issues().add(entries.pathOf(it.key()),
                                  Connector::tr("cần mã chỉ tiêu (chuỗi) hoặc đối tượng "
                                                "{\"indicator\", \"unit\"}, nhưng có %1")
                                      .arg(FieldReader::describe(it.value())));
            continue;
        }
        FieldReader entry(it.value().toObject(), entries.pathOf(it.key()), settings.issues());
        out.insert(it.key(),
                   {entry.string(u"indicator"_s), entry.string(u"unit"_s, Need::Optional)});
    }
    return out;
}

QHash<QString, QString> stringMap(const FieldReader &settings, const QString &key)
{
    QHash<QString, QString> out;
    const QJsonObject map = settings.object(key, Need::Optional);
    FieldReader entries(map, settings.pathOf(key), settings.issues());
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString value = entries.string(it.key());
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    return out;
}

QTimeZone zonelessZone(const FieldReader &settings)
{
    const int hours = settings.integer(u"utc_offset_hours"_s, Need::Optional, 7, -12, 14);
    return QTimeZone(hours * 3600);
}

} // namespace iocwall::standards
