#include "simserver.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace iocwall {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr int kDefaultRangeDays = 30;
constexpr int kMaxRangeDays = 400;

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse error(Status status, const QString &code, const QString &message,
                          const QString &parameter = {})
{
    QJsonObject body{{u"error"_s, code}, {u"message"_s, message}};
    if (!parameter.isEmpty())
        body.insert(u"parameter"_s, parameter);
    return json(body, status);
}

struct BadParameter {
    QString name;
    QString message;
};

QHttpServerResponse badRequest(const BadParameter &bad)
{
    return error(Status::BadRequest, u"bad_request"_s, bad.message, bad.name);
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

struct TimeRange {
    QDateTime from;
    QDateTime to; // never after now
};

// Reads from/to (ISO 8601; defaults: 30 days ago, now) or says which is wrong.
std::optional<BadParameter> readRange(const QUrlQuery &query, const QDateTime &now,
                                      TimeRange &range)
{
    range.from = now.addDays(-kDefaultRangeDays);
    range.to = now;
    for (const auto &[key, target] :
         {std::pair{u"from"_s, &range.from}, std::pair{u"to"_s, &range.to}}) {
        if (!query.hasQueryItem(key))
            continue;
        const QString text = queryValue(query, key);
        const std::optional<QDateTime> time = SimModel::parseTime(text);
        if (!time)
            return BadParameter{
                key, SimServer::tr("%1 không phải thời điểm ISO 8601: \"%2\"").arg(key, text)};
        *target = *time;
    }
    if (range.from > range.to)
        return BadParameter{u"from"_s, SimServer::tr("from phải trước to")};
    if (range.from.daysTo(range.to) > kMaxRangeDays)
        return BadParameter{u"from"_s,
                            SimServer::tr("khoảng thời gian dài quá %1 ngày").arg(kMaxRangeDays)};
    range.to = std::min(range.to, now);
    return std::nullopt;
}

QJsonObject reportJson(const SimReport &r)
{
    return {{u"id"_s, r.id},
            {u"title"_s, r.title},
            {u"category"_s, r.category},
            {u"category_name"_s, r.categoryName},
            {u"status"_s, r.status},
            {u"area"_s, r.area},
            {u"created"_s, SimModel::formatTime(r.created)},
            {u"updated"_s, SimModel::formatTime(r.updated)},
            {u"deadline"_s, SimModel::formatTime(r.deadline)},
            {u"address"_s, r.address},
            {u"lat"_s, r.lat},
            {u"lon"_s, r.lon},
            {u"agency"_s, r.agency}};
}

} // namespace

SimServer::SimServer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_model(m_options.dataRoot, m_options.seed)
{
}

SimServer::~SimServer() = default;

bool SimServer::start(QString *errorText)
{
    const auto fail = [errorText](const QString &why) {
        if (errorText)
            *errorText = why;
        return false;
    };
    if (!m_model.isValid()) {
        QStringList lines;
        for (const ConfigError &e : m_model.errors())
            lines.append(e.toString());
        return fail(tr("Dữ liệu mô phỏng có lỗi:\n%1").arg(lines.join(u'\n')));
    }
    if (m_http)
        return fail(tr("Bộ mô phỏng đã chạy trên cổng %1").arg(m_port));
    QSet<QString> areaCodes;
    for (const QJsonValue &area : m_model.areasJson())
        areaCodes.insert(area.toObject().value(u"code"_s).toString());
    QList<ConfigError> cameraErrors;
    if (!m_cameras.load(m_options.dataRoot, areaCodes, cameraErrors)) {
        QStringList lines;
        for (const ConfigError &e : cameraErrors)
            lines.append(e.toString());
        return fail(tr("Dữ liệu mô phỏng có lỗi:\n%1").arg(lines.join(u'\n')));
    }
    m_http = new QHttpServer(this);
    addRoutes();
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        const QString why = tr("Không mở được cổng %1 trên 127.0.0.1: %2")
                                .arg(m_options.port)
                                .arg(tcp->errorString());
        delete m_http;
        m_http = nullptr;
        return fail(why);
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QDateTime SimServer::now() const
{
    return m_options.fixedNow.value_or(QDateTime::currentDateTimeUtc())
        .toTimeZone(SimModel::zone());
}

void SimServer::addRoutes()
{
    m_http->route(u"/health"_s, [this](const QHttpServerRequest &request) {
        if (request.method() != QHttpServerRequest::Method::Get)
            return error(Status::MethodNotAllowed, u"method_not_allowed"_s, tr("chỉ hỗ trợ GET"));
        return json({{u"status"_s, u"ok"_s}, {u"now"_s, SimModel::formatTime(now())}});
    });
    for (const Api api : {Api::Province, Api::Town}) {
        addApiRoute(api, u"/indicators"_s,
                    [this, api](const QHttpServerRequest &) { return indicators(api); });
        addApiRoute(api, u"/areas"_s, [this](const QHttpServerRequest &) { return areas(); });
        addApiRoute(api, u"/observations"_s, [this, api](const QHttpServerRequest &request) {
            return observations(api, request.query());
        });
    }
    addApiRoute(Api::Town, u"/reports"_s,
                [this](const QHttpServerRequest &request) { return reports(request.query()); });
    addApiRoute(Api::Town, u"/cameras"_s, [this](const QHttpServerRequest &) { return cameras(); });
    m_http->setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            error(Status::NotFound, u"not_found"_s,
                  tr("không có đường dẫn %1").arg(request.url().path()))
                .write(std::move(responder));
        });
}

void SimServer::addApiRoute(Api api, const QString &path, Handler handler)
{
    const QString prefix = api == Api::Province ? u"/province/api/v1"_s : u"/town/api/v1"_s;
    m_http->route(prefix + path, [this, api,
                                  handler = std::move(handler)](const QHttpServerRequest &request,
                                                                QHttpServerResponder &&responder) {
        ++m_requests;
        if (request.method() != QHttpServerRequest::Method::Get)
            return error(Status::MethodNotAllowed, u"method_not_allowed"_s, tr("chỉ hỗ trợ GET"))
                .write(std::move(responder));
        using K = SimFault::Kind;
        const SimFault *fault = faultFor(request.url().path());
        if (fault && fault->kind == K::HttpError)
            return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"),
                                       SimFaults::htmlPage(fault->status), Status(fault->status))
                .write(std::move(responder));
        if (fault && fault->kind == K::RedirectLoop) {
            QHttpServerResponse loop(Status::Found);
            QUrl self;
            self.setPath(request.url().path());
            self.setQuery(request.url().query());
            loop.setHeader(QByteArrayLiteral("Location"), self.toEncoded());
            return loop.write(std::move(responder));
        }
        const bool expired = fault && fault->kind == K::ExpiredToken;
        if (expired || !authorized(request, api)) {
            QHttpServerResponse denied =
                expired ? error(Status::Unauthorized, u"invalid_token"_s,
                                tr("mã truy cập đã hết hạn hoặc đã được thay"))
                        : error(Status::Unauthorized, u"unauthorized"_s,
                                tr("cần tiêu đề Authorization: Bearer <token> của API này"));
            denied.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                             expired ? QByteArrayLiteral("Bearer realm=\"iocwall-sim\", "
                                                         "error=\"invalid_token\"")
                                     : QByteArrayLiteral("Bearer realm=\"iocwall-sim\""));
            return denied.write(std::move(responder));
        }
        respond(request, handler(request), fault, std::move(responder));
    });
}

void SimServer::setFault(const QString &pathPrefix, const SimFault &fault)
{
    for (auto &[prefix, existing] : m_faults) {
        if (prefix == pathPrefix) {
            existing = fault;
            return;
        }
    }
    m_faults.append({pathPrefix, fault});
}

const SimFault *SimServer::faultFor(const QString &path) const
{
    const SimFault *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[prefix, fault] : m_faults) {
        if (path.startsWith(prefix) && prefix.size() > bestLength) {
            best = &fault;
            bestLength = prefix.size();
        }
    }
    return best;
}

void SimServer::respond(const QHttpServerRequest &request, QHttpServerResponse response,
                        const SimFault *fault, QHttpServerResponder &&responder)
{
    using K = SimFault::Kind;
    if (response.statusCode() != Status::Ok)
        return response.write(std::move(responder));
    if (!fault) {
        const QByteArray etag =
            '"' + QCryptographicHash::hash(response.data(), QCryptographicHash::Sha1).toHex() + '"';
        if (request.value(QByteArrayLiteral("If-None-Match")) == etag) {
            ++m_notModified;
            QHttpServerResponse same(Status::NotModified);
            same.setHeader(QByteArrayLiteral("ETag"), etag);
            return same.write(std::move(responder));
        }
        response.setHeader(QByteArrayLiteral("ETag"), etag);
        return response.write(std::move(responder));
    }
    const QByteArray body = SimFaults::body(*fault, response.data());
    const QByteArray mime = fault->kind == K::NotJson
                                ? QByteArrayLiteral("text/html; charset=utf-8")
                                : QByteArrayLiteral("application/json");
    if (fault->kind != K::Delay && fault->kind != K::Drip)
        return QHttpServerResponse(mime, body, Status::Ok).write(std::move(responder));

    // Slow answers are written to the socket directly, outside the responder:
    // the client may give up and close first, and the QPointer notices.
    QPointer<QTcpSocket> socket = responder.socket();
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + mime +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) +
                            "\r\nConnection: close\r\n\r\n";
    if (!socket)
        return;
    if (fault->kind == K::Delay) {
        QTimer::singleShot(fault->delayMs, socket, [socket, all = head + body] {
            socket->write(all);
            socket->disconnectFromHost();
        });
        return;
    }
    socket->write(head);
    auto *drip = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const int step = fault->dripBytes;
    connect(drip, &QTimer::timeout, socket, [socket, drip, sent, body, step] {
        socket->write(body.mid(*sent, step));
        *sent += step;
        if (*sent >= body.size()) {
            drip->stop();
            socket->disconnectFromHost();
        }
    });
    drip->start(fault->delayMs);
}

bool SimServer::authorized(const QHttpServerRequest &request, Api api) const
{
    const QString &token = api == Api::Province ? m_options.provinceToken : m_options.townToken;
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (token.isEmpty() || space < 0)
        return false;
    return header.left(space).compare("bearer", Qt::CaseInsensitive) == 0 &&
           header.mid(space + 1).trimmed() == token.toUtf8();
}

QHttpServerResponse SimServer::indicators(Api api) const
{
    return json(
        {{u"data"_s, m_model.catalogJson(api == Api::Province ? u"province"_s : u"town"_s)}});
}

QHttpServerResponse SimServer::areas() const
{
    return json({{u"data"_s, m_model.areasJson()}});
}

QHttpServerResponse SimServer::observations(Api api, const QUrlQuery &query) const
{
    const QString code = queryValue(query, u"indicator"_s);
    if (code.isEmpty())
        return badRequest({u"indicator"_s, tr("thiếu tham số indicator")});
    if (m_model.apiOf(code) != (api == Api::Province ? u"province"_s : u"town"_s))
        return error(Status::NotFound, u"not_found"_s,
                     tr("API này không có chỉ tiêu %1").arg(code));
    QStringList areaCodes = m_model.areasOf(code);
    if (query.hasQueryItem(u"area"_s)) {
        const QString area = queryValue(query, u"area"_s);
        if (!m_model.hasArea(area))
            return error(Status::NotFound, u"not_found"_s, tr("không có địa bàn %1").arg(area));
        areaCodes = areaCodes.contains(area) ? QStringList{area} : QStringList{};
    }
    const QDateTime current = now();
    TimeRange range;
    if (const auto bad = readRange(query, current, range))
        return badRequest(*bad);

    QJsonArray data;
    for (const QString &area : std::as_const(areaCodes)) {
        for (const SimPoint &p : m_model.series(code, area, range.from, range.to, current))
            data.append(QJsonObject{{u"area"_s, area},
                                    {u"time"_s, SimModel::formatTime(p.time)},
                                    {u"value"_s, p.value}});
    }
    return json({{u"indicator"_s, code}, {u"unit"_s, m_model.unitOf(code)}, {u"data"_s, data}});
}

QHttpServerResponse SimServer::reports(const QUrlQuery &query) const
{
    const QDateTime current = now();
    TimeRange range;
    if (const auto bad = readRange(query, current, range))
        return badRequest(*bad);
    const QString status = queryValue(query, u"status"_s);
    static const QStringList statuses{u"received"_s, u"in_progress"_s, u"resolved"_s, u"overdue"_s};
    if (query.hasQueryItem(u"status"_s) && !statuses.contains(status))
        return badRequest(
            {u"status"_s, tr("status cần là một trong %1").arg(statuses.join(u", "_s))});

    QJsonArray data;
    for (const SimReport &r : m_model.reports(range.from, current)) {
        if (r.created <= range.to && (status.isEmpty() || r.status == status))
            data.append(reportJson(r));
    }
    return json({{u"data"_s, data}});
}

QHttpServerResponse SimServer::cameras() const
{
    return json(m_cameras.listJson(m_options.cameraRtspBase, m_options.cameraHttpBase));
}

} // namespace iocwall
