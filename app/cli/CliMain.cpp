#include "Cli.h"

#include "services/ClockService.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace bd::cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}

QString usageText()
{
    QString text = tr("Usage: billingdesk-cli [--db FILE] [--now ISO] [--as ACCOUNT_ID] [--json] COMMAND ...\n\n"
                      "Global options (before or after the command):\n"
                      "  --db FILE        the database (default: %1)\n"
                      "  --now ISO        the simulation clock for this command, e.g. 2026-01-15T10:00:00Z\n"
                      "  --as ACCOUNT_ID  the acting account (default: the administrator)\n"
                      "  --json           machine-readable output (amounts as decimal strings)\n"
                      "  --version        print the version\n\n"
                      "Commands:\n")
                       .arg(Services::defaultDatabasePath());
    QList<Command> sorted = Registry::all();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.words < b.words; });
    for (const Command &c : std::as_const(sorted))
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.words, c.synopsis, c.summary);
    text += tr(
        "\nExit codes: 0 done, 1 refused by a domain rule, 2 wrong usage, 3 bad input data, 4 the database or the "
        "file system failed (damaged, disk full, I/O error, permission denied, read-only, locked).\n");
    return text;
}

} // namespace

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("billingdesk-cli", text, disambiguation, n);
}

QCommandLineOption opt(const QString &name, const QString &description, const QString &value)
{
    return value.isEmpty() ? QCommandLineOption(name, description) : QCommandLineOption(name, description, value);
}

void Registry::add(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &Registry::all()
{
    return registry();
}

Registration::Registration(std::initializer_list<Command> commands)
{
    for (const Command &c : commands)
        Registry::add(c);
}

Context::Context(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

Context::~Context() = default;

Services *Context::services()
{
    if (m_services)
        return m_services.get();
    QDateTime now;
    if (!nowText.isEmpty()) {
        now = ClockService::parseMoment(nowText);
        if (!now.isValid()) {
            m_exitCode
                = usage(tr("--now \"%1\" is not an ISO 8601 date or time (e.g. 2026-01-15T10:00:00Z).").arg(nowText));
            return nullptr;
        }
    }
    Services::OpenOptions options;
    options.location = databasePath;
    options.actingAccountId = actingAs;
    options.clockOverride = now;
    options.mustExist = mustExist;
    auto opened = Services::open(options);
    if (!opened.ok()) {
        m_exitCode = fail(opened.error());
        return nullptr;
    }
    m_services = std::move(opened).value();
    return m_services.get();
}

int Context::fail(const Error &error)
{
    m_err << tr("error: %1").arg(error.describe());
    if (!error.code.isEmpty())
        m_err << QStringLiteral(" [%1]").arg(error.code);
    m_err << Qt::endl;
    m_exitCode = error.kind == Error::Kind::Input ? BadInput : error.kind == Error::Kind::Fault ? Fault : Refused;
    return m_exitCode;
}

int Context::usage(const QString &message)
{
    m_err << tr("usage error: %1").arg(message) << Qt::endl;
    if (!commandWords.isEmpty())
        m_err << tr("Try: billingdesk-cli %1 --help").arg(commandWords) << Qt::endl;
    m_exitCode = Usage;
    return Usage;
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Context::printTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            padded << (rightAligned.contains(int(i)) ? cells[i].rightJustified(widths[i])
                                                     : cells[i].leftJustified(widths[i]));
        m_out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(headers);
    QStringList rules;
    for (qsizetype w : std::as_const(widths))
        rules << QString(w, QLatin1Char('-'));
    line(rules);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

bool Context::require(const QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names) {
        if (!parser.isSet(name) || parser.value(name).isEmpty()) {
            usage(tr("--%1 is required.").arg(name));
            return false;
        }
    }
    return true;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BillingDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("BillingDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILLINGDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx(out, err);

    // Global options may stand before or after the command: take them out first.
    QStringList rest;
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool wantHelp = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto takeValue = [&](const QString &name, QString &target) -> int {
            if (a == name) {
                if (i + 1 >= args.size())
                    return ctx.usage(tr("%1 needs a value.").arg(name));
                target = args[++i];
                return -1;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                target = a.mid(name.size() + 1);
                return -1;
            }
            return 0;
        };
        int r = 0;
        if ((r = takeValue(QStringLiteral("--db"), ctx.databasePath)) != 0
            || (r = takeValue(QStringLiteral("--now"), ctx.nowText)) != 0
            || (r = takeValue(QStringLiteral("--as"), ctx.actingAs)) != 0) {
            if (r > 0)
                return r;
            continue;
        }
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "billingdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Done;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            wantHelp = true;
        } else {
            rest << a;
        }
    }

    // The longest registered command whose words match the start of what remains.
    const Command *command = nullptr;
    qsizetype used = 0;
    for (const Command &c : Registry::all()) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (words.size() <= used || words.size() > rest.size())
            continue;
        if (std::equal(words.begin(), words.end(), rest.begin())) {
            command = &c;
            used = words.size();
        }
    }
    if (!command) {
        if (rest.isEmpty()) {
            (wantHelp ? out : err) << usageText();
            return wantHelp ? Done : Usage;
        }
        // "orgs" alone or "orgs frobnicate": list what the group offers.
        QStringList known;
        for (const Command &c : Registry::all())
            if (c.words.startsWith(rest.first() + QLatin1Char(' ')) || c.words == rest.first())
                known << c.words;
        if (known.isEmpty())
            return ctx.usage(tr("unknown command \"%1\". Run billingdesk-cli --help for the list.")
                                 .arg(rest.join(QLatin1Char(' '))));
        known.sort();
        return ctx.usage(
            tr("\"%1\" needs one of: %2.").arg(rest.join(QLatin1Char(' ')), known.join(QStringLiteral(", "))));
    }
    ctx.commandWords = command->words;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(command->summary);
    if (command->options)
        command->options(parser);
    QStringList toParse {QStringLiteral("billingdesk-cli")};
    toParse << rest.mid(used);
    if (wantHelp) {
        out << tr("Usage: billingdesk-cli %1 %2\n%3\n").arg(command->words, command->synopsis, command->summary);
        out << parser.helpText().section(QLatin1Char('\n'), 1);
        return Done;
    }
    if (!parser.parse(toParse))
        return ctx.usage(parser.errorText());
    if (command->needsDatabase && !ctx.services())
        return ctx.exitCode();
    return command->run(ctx, parser);
}

} // namespace bd::cli

int main(int argc, char **argv)
{
    return bd::cli::run(argc, argv);
}
