#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace iocwall {

// A misbehaviour the simulator can put on the paths under a prefix, so that the
// hub's handling of bad servers can be tested against a real socket (see
// SimServer::setFault and `iocwall-sim --fault`). data/demo/README.md lists them.
struct SimFault {
    enum class Kind {
        HttpError,    // the status (default 500) with an HTML error page
        Delay,        // the right answer, but only after delay_ms
        Drip,         // the right answer, a few bytes every delay_ms
        Truncated,    // the first half of the JSON
        NotJson,      // an HTML error page with status 200 (a proxy's)
        WrongTypes,   // in "data", every number a string and every string a number
        NanLiterals,  // numbers written as NaN / Infinity (not JSON)
        EmptyArray,   // "data": []
        Huge,         // "data" repeated to about size_mb megabytes
        RedirectLoop, // 302 to the same URL, for ever
        ExpiredToken, // 401 invalid_token, as after a token rotation
        Bom,          // a UTF-8 byte order mark before the JSON
        Wrapped,      // "data": {"items": [...]} where an array was expected
    };
    Kind kind = Kind::HttpError;
    int status = 500;
    int delayMs = 5000;
    int sizeMb = 50;
    int dripBytes = 16;
};

class SimFaults {
    Q_DECLARE_TR_FUNCTIONS(SimFaults)
public:
    // "KIND[:ARG]": http[:STATUS], delay[:MS], drip[:MS], truncated, html,
    // wrong-types, nan, empty, huge[:MB], redirect-loop, expired-token, bom, wrapped.
    static std::optional<SimFault> parse(const QString &spec, QString *error);
    static QString kindNames();

    // The body a fault serves in place of `json` (a normal JSON answer), for the
    // faults that change the body; other kinds return `json` unchanged.
    static QByteArray body(const SimFault &fault, const QByteArray &json);
    // An HTML error page like a gateway's, for HttpError and NotJson.
    static QByteArray htmlPage(int status);
};

} // namespace iocwall
