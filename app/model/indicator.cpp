#include "indicator.h"

using namespace Qt::StringLiterals;

namespace iocwall {

Status Thresholds::classify(double value) const
{
    if (!good && !warning)
        return Status::Unknown;
    const bool higher = direction == Direction::HigherIsBetter;
    auto atLeastAsGood = [higher, value](double limit) {
        return higher ? value >= limit : value <= limit;
    };
    if (good && atLeastAsGood(*good))
        return Status::Good;
    if (warning && atLeastAsGood(*warning))
        return Status::Warning;
    if (!warning) // only a "good" limit: anything short of it is a warning
        return Status::Warning;
    return Status::Critical;
}

QString aggregationToString(Aggregation a)
{
    switch (a) {
    case Aggregation::Sum:
        return u"sum"_s;
    case Aggregation::Average:
        return u"avg"_s;
    case Aggregation::Last:
        return u"last"_s;
    case Aggregation::Max:
        return u"max"_s;
    }
    return u"last"_s;
}

std::optional<Aggregation> aggregationFromString(const QString &s)
{
    if (s == u"sum")
        return Aggregation::Sum;
    if (s == u"avg" || s == u"average")
        return Aggregation::Average;
    if (s == u"last")
        return Aggregation::Last;
    if (s == u"max")
        return Aggregation::Max;
    return std::nullopt;
}

} // namespace iocwall
