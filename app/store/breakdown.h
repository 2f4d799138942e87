#pragma once

#include "store/storereader.h"
#include "store/tiledata.h"

namespace iocwall {

// Stacked-bar answers: one bar per area with one segment per key. Bars keep
// the binding's order of areas when it names them, else the largest total
// comes first. Threading: called on the reader's thread with its connection.

// Every indicator of `binding` aggregated over [from, to) per area (keys: the indicator codes).
void breakdownByIndicator(const StoreReader &reader, const TileBinding &binding,
                          const QDateTime &from, const QDateTime &to, TileData &data);

// 1022 reports created within [from, to), counted per area and status (keys:
// the statuses, open ones first: received, in_progress, overdue, resolved, then
// any other in alphabetical order). Reports without an area are left out.
void breakdownReportsByStatus(const StoreReader &reader, const TileBinding &binding,
                              const QDateTime &from, const QDateTime &to, TileData &data);

} // namespace iocwall
