#pragma once

#include <QString>

// Helpers shared by the GStreamer parts of the demo stream server. The .cpp
// files include the GStreamer (GLib) headers before any Qt header: GLib uses
// `signals` as a field name, which Qt defines as a keyword.
namespace iocwall::gst {

// gst_init() once per process; safe from any thread.
void ensureInitialized();

// Whether every element this server needs is installed; otherwise the names of
// the missing ones (with the Debian package that has them) in `missing`.
bool haveElements(QString *missing);

} // namespace iocwall::gst
