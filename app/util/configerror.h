#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iocwall {

// One problem in a file a technician edits: which file, where in it (a JSON
// Pointer such as /tiles/3/span), and what was expected there.
struct ConfigError {
    QString file;
    QString path;
    QString message;

    QString toString() const;
    friend bool operator==(const ConfigError &, const ConfigError &) = default;
};

// Collects the problems found while reading one file, so a reader can report
// all of them at once instead of stopping at the first.
class ConfigIssues {
public:
    explicit ConfigIssues(QString file = {})
        : m_file(std::move(file))
    {
    }

    void add(const QString &path, const QString &message)
    {
        m_errors.append({m_file, path, message});
    }
    void append(const QList<ConfigError> &errors) { m_errors.append(errors); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<ConfigError> &errors() const { return m_errors; }
    const QString &file() const { return m_file; }
    QString summary() const; // every error on its own line

private:
    QString m_file;
    QList<ConfigError> m_errors;
};

} // namespace iocwall
