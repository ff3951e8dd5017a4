#pragma once

#include "services/Services.h"
#include "storage/Database.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace bd::test {

// A fresh database in a temporary folder, with services over it.
struct TempServices
{
    QTemporaryDir dir;
    std::unique_ptr<Services> services;
    QString path;

    TempServices();
    Services &operator*() { return *services; }
    Services *operator->() { return services.get(); }
};

// Where the shared reference data lives (../shared/data beside the project, or BILLINGDESK_SHARED_DATA in the
// environment).
QString sharedDataPath(const QString &relative);
QString testDataPath(const QString &relative);

// Reads a CSV file with a header into rows of fields (RFC 4180 quoting). Fails the calling test when unreadable.
QList<QStringList> readCsv(const QString &path);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs billingdesk-cli with the given arguments (and optional standard input) and waits for it.
CliResult runCli(const QStringList &arguments, const QByteArray &input = {});

} // namespace bd::test
