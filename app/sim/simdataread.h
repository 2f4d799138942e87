#pragma once

#include "simdata.h"

#include "util/jsonfields.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace iocwall::sim {

// The translation context of the simulator's messages about its data files.
class SimText {
    Q_DECLARE_TR_FUNCTIONS(SimData)
};

// Records an issue unless the file's "version" is one this code reads.
void checkVersion(const FieldReader &root);

// An array of exactly `count` numbers (any count when count < 0). A missing key
// gives an empty list; a wrong one is recorded in r.issues() and gives an empty list.
QList<double> readNumbers(const FieldReader &r, const QString &key, qsizetype count);

// Fills `out` from an array of exactly N numbers; leaves it as it was otherwise.
template <std::size_t N>
void readFactors(const FieldReader &r, const QString &key, std::array<double, N> &out)
{
    const QList<double> values = readNumbers(r, key, qsizetype(N));
    if (values.size() == qsizetype(N))
        std::copy(values.begin(), values.end(), out.begin());
}

// An array of [a, b] pairs with a <= b and both within [min, max] when given.
QList<std::pair<double, double>> readPairs(const FieldReader &r, const QString &key,
                                           std::optional<double> min, std::optional<double> max);

// demo/reports.json; area codes are checked against data.units.
ReportTemplates loadReportTemplates(const QString &fileName, const Data &data,
                                    QList<ConfigError> &errors);

} // namespace iocwall::sim
