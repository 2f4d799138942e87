#pragma once

#include "configerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace iocwall {

enum class Need { Required, Optional };

// Reads a JSON file; a missing file or a syntax error is recorded in `issues`
// (with line and column) and nullopt returned.
std::optional<QJsonDocument> readJsonFile(const QString &fileName, ConfigIssues &issues);

// Typed access to the fields of one JSON object that records every missing or
// ill-typed field in `issues` with its JSON Pointer path and what was expected.
// Getters return the fallback after recording a problem, so reading goes on and
// all problems of a file are found in one pass.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(FieldReader)
public:
    FieldReader(QJsonObject object, QString path, ConfigIssues &issues);

    QString string(const QString &key, Need need = Need::Required,
                   const QString &fallback = {}) const;
    double number(const QString &key, Need need, double fallback, std::optional<double> min = {},
                  std::optional<double> max = {}) const;
    std::optional<double> optionalNumber(const QString &key) const;
    int integer(const QString &key, Need need, int fallback, int min, int max) const;
    bool boolean(const QString &key, bool fallback) const;
    QJsonObject object(const QString &key, Need need = Need::Required) const;
    QJsonArray array(const QString &key, Need need = Need::Required) const;
    QStringList stringList(const QString &key, Need need = Need::Required) const;

    bool has(const QString &key) const { return m_object.contains(key); }
    QString pathOf(const QString &key) const { return m_path + u'/' + key; }
    const QString &path() const { return m_path; }
    ConfigIssues &issues() const { return m_issues; }
    const QJsonObject &json() const { return m_object; }

    // What a JSON value is, in words for an error message ("chuỗi \"abc\"").
    static QString describe(const QJsonValue &value);

private:
    bool missing(const QString &key, Need need, const QString &expected) const;
    void wrong(const QString &key, const QString &expected) const;

    QJsonObject m_object;
    QString m_path;
    ConfigIssues &m_issues;
};

} // namespace iocwall
