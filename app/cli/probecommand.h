#pragma once

#include "model/recordbatch.h"

#include <QTextStream>

namespace iocwall::cli {

// iocwall-cli probe SOURCE.json [--file PAYLOAD] [--request N] [--var NAME=VALUE]
//                                [--secret NAME=VALUE]
// One poll of a source with its real connector, or (--file) one saved answer
// of its API mapped by Connector::mapPayload without any network; the
// normalized records go to `out` as JSON lines (the same for both), problems
// to `err`. Where a poll walks several requests (pages, next links, $expand),
// the saved payload is one answer: docs/connectors.md says which per type.
// Exit code 0 only when the poll (or the mapping) succeeded, 1 when it
// failed, 2 on a wrong command line or source file. Secrets come from the
// environment (IOCWALL_SECRET_<NAME>) or the keychain; --secret exists for
// tests, as a command line is visible to every user in `ps`.
// Threading: the main thread of iocwall-cli (runs its own event loop).
int runProbe(const QStringList &args, QTextStream &out, QTextStream &err);

// One record as the JSON line probe prints, fields in a fixed order:
// {"kind":"observation","indicator":…,"area":…,"time":"…Z","value":…,"unit":…,"source":…}
QString observationLine(const Observation &o);
// {"kind":"report","id":…,"category":…,"status":…,"time":<created>,"lat":…,"lon":…,
//  "title":…,"area":…,"created":…,"updated":…,"deadline":…,"address":…,"agency":…,"source":…}
QString reportLine(const Report &r);

} // namespace iocwall::cli
