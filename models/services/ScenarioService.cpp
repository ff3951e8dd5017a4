#include "ScenarioService.h"

#include "ClockService.h"
#include "DirectoryService.h"
#include "Services.h"
#include "domain/Vocabulary.h"
#include "storage/SettingsStore.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <functional>

namespace bd {

const QString ScenarioService::Format = QStringLiteral("billingdesk-scenario");

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioService", text);
}

const QString &ClockKey = SettingKeys::ClockNow; // ClockService's setting, exported as "clock"

const QStringList OrganizationKeys {QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("managementAccount"),
                                    QStringLiteral("managementAccountName"),
                                    QStringLiteral("email"),
                                    QStringLiteral("country"),
                                    QStringLiteral("allFeatures"),
                                    QStringLiteral("imported"),
                                    QStringLiteral("accounts")};
const QStringList AccountKeys {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                               QStringLiteral("country")};

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

Error invalid(const QString &path, const QString &what)
{
    return Error::input(path, QStringLiteral("SCENARIO_INVALID_VALUE"), tr("%1 must be %2.").arg(path, what));
}

Status refuseUnknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            QStringList sorted = allowed;
            sorted.sort();
            return Error::input(member(path, it.key()), QStringLiteral("SCENARIO_UNKNOWN_KEY"),
                                tr("Unknown key \"%1\"%2. Known keys: %3.")
                                    .arg(it.key(), path.isEmpty() ? QString() : tr(" in %1").arg(path),
                                         sorted.join(QStringLiteral(", "))));
        }
    }
    return {};
}

// A string member; absent is allowed unless required.
Result<QString> stringAt(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return Error::input(member(path, key), QStringLiteral("SCENARIO_MISSING_VALUE"),
                                tr("%1 is required.").arg(member(path, key)));
        return QString();
    }
    if (!v.isString())
        return invalid(member(path, key), tr("a string"));
    return v.toString();
}

Result<bool> boolAt(const QJsonObject &object, const QString &key, const QString &path, bool defaultValue)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (!v.isBool())
        return invalid(member(path, key), tr("true or false"));
    return v.toBool();
}

// Places a service's error at a JSON path: the service names its own field ("management-account"); the
// scenario names the key that holds the value.
Error at(Error error, const QString &path, const QHash<QString, QString> &fieldToKey)
{
    const QString key = fieldToKey.value(error.field);
    error.field = key.isEmpty() ? path : member(path, key);
    return error;
}

const QHash<QString, QString> OrganizationFields {
    {QStringLiteral("id"), QStringLiteral("id")},
    {QStringLiteral("name"), QStringLiteral("name")},
    {QStringLiteral("management-account"), QStringLiteral("managementAccount")},
    {QStringLiteral("email"), QStringLiteral("email")},
    {QStringLiteral("country"), QStringLiteral("country")}};
const QHash<QString, QString> AccountFields {{QStringLiteral("id"), QStringLiteral("id")},
                                             {QStringLiteral("name"), QStringLiteral("name")},
                                             {QStringLiteral("email"), QStringLiteral("email")},
                                             {QStringLiteral("country"), QStringLiteral("country")}};

Result<Account> readAccount(const QJsonValue &value, const QString &path, const QString &organizationId)
{
    if (!value.isObject())
        return invalid(path, tr("an object with id, name, email and country"));
    const QJsonObject o = value.toObject();
    if (auto s = refuseUnknownKeys(o, AccountKeys, path); !s)
        return s.error();
    Account a;
    a.organizationId = organizationId;
    auto id = stringAt(o, QStringLiteral("id"), path, true);
    if (!id)
        return id.error();
    a.id = *id;
    auto name = stringAt(o, QStringLiteral("name"), path, true);
    if (!name)
        return name.error();
    a.name = *name;
    auto email = stringAt(o, QStringLiteral("email"), path, false);
    if (!email)
        return email.error();
    a.email = *email;
    auto country = stringAt(o, QStringLiteral("country"), path, false);
    if (!country)
        return country.error();
    a.taxCountry = *country;
    return a;
}

QJsonObject accountToJson(const Account &a)
{
    QJsonObject o {{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name}};
    if (!a.email.isEmpty())
        o.insert(QStringLiteral("email"), a.email);
    if (!a.taxCountry.isEmpty())
        o.insert(QStringLiteral("country"), a.taxCountry);
    return o;
}

// A settings value is a string: amounts, rates, counts and flags alike ("24", "0.5", "true"), so nothing passes
// through a binary floating point value and export gives back exactly what was applied.
Result<QString> settingText(const QJsonValue &v, const QString &path)
{
    if (v.isString())
        return v.toString();
    return invalid(path, tr("a string (settings are text: write \"24\", \"0.5\" or \"true\")"));
}

// One step of a scenario: a built-in part or a registered section.
struct Step
{
    QString key;
    int order = 100;
    std::function<Status(const QJsonValue &)> apply;
    std::function<Result<QJsonValue>()> exportSection;
};

} // namespace

ScenarioService::ScenarioService(Services &services)
    : m_services(services)
{
}

namespace {

Status applyOrganizations(Services &services, const QJsonValue &value)
{
    const QString root = QStringLiteral("organizations");
    if (!value.isArray())
        return invalid(root, tr("a list of organizations"));
    DirectoryService &directory = services.directory();
    const QJsonArray orgs = value.toArray();
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        const QString path = element(root, i);
        if (!orgs[i].isObject())
            return invalid(path, tr("an object with id, name, managementAccount, email and accounts"));
        const QJsonObject o = orgs[i].toObject();
        if (auto s = refuseUnknownKeys(o, OrganizationKeys, path); !s)
            return s;
        Organization org;
        QString managementName;
        QString country;
        for (const auto &[key, target, required] :
             {std::tuple {QStringLiteral("id"), &org.id, true}, std::tuple {QStringLiteral("name"), &org.name, true},
              std::tuple {QStringLiteral("managementAccount"), &org.managementAccountId, true},
              std::tuple {QStringLiteral("managementAccountName"), &managementName, false},
              std::tuple {QStringLiteral("email"), &org.managementEmail, false},
              std::tuple {QStringLiteral("country"), &country, false}}) {
            auto v = stringAt(o, key, path, required);
            if (!v)
                return v.error();
            *target = *v;
        }
        auto allFeatures = boolAt(o, QStringLiteral("allFeatures"), path, true);
        if (!allFeatures)
            return allFeatures.error();
        org.allFeatures = *allFeatures;
        auto imported = boolAt(o, QStringLiteral("imported"), path, false);
        if (!imported)
            return imported.error();
        const QJsonValue accounts = o.value(QStringLiteral("accounts"));
        if (!accounts.isUndefined() && !accounts.isNull() && !accounts.isArray())
            return invalid(member(path, QStringLiteral("accounts")), tr("a list of accounts"));

        if (*imported) {
            // An organization created by an import for an unknown payer: its email may be empty.
            if (auto s = validate::accountId(org.managementAccountId, QStringLiteral("management-account")); !s)
                return at(s.error(), path, OrganizationFields);
            if (auto s = validate::countryCode(country, QStringLiteral("country")); !s)
                return at(s.error(), path, OrganizationFields);
            if (auto s = directory.addImportedOrganization(org, managementName); !s)
                return at(s.error(), path, OrganizationFields);
            if (!country.isEmpty()) {
                auto management = directory.account(org.managementAccountId);
                if (management) {
                    management->taxCountry = country;
                    if (auto s = directory.editAccount(*management); !s)
                        return at(s.error(), path, OrganizationFields);
                }
            }
        } else if (auto s = directory.addOrganization(org, managementName, country); !s) {
            return at(s.error(), path, OrganizationFields);
        }

        const QJsonArray list = accounts.toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString accountPath = element(member(path, QStringLiteral("accounts")), j);
            auto account = readAccount(list[j], accountPath, org.id);
            if (!account)
                return account.error();
            if (auto s = directory.addAccount(*account); !s)
                return at(s.error(), accountPath, AccountFields);
        }
    }
    return {};
}

Status applyStandaloneAccounts(Services &services, const QJsonValue &value)
{
    const QString root = QStringLiteral("standaloneAccounts");
    if (!value.isArray())
        return invalid(root, tr("a list of accounts"));
    const QJsonArray list = value.toArray();
    for (qsizetype j = 0; j < list.size(); ++j) {
        const QString path = element(root, j);
        auto account = readAccount(list[j], path, {});
        if (!account)
            return account.error();
        if (auto s = services.directory().addAccount(*account); !s)
            return at(s.error(), path, AccountFields);
    }
    return {};
}

Result<QJsonValue> exportOrganizations(const Services &services)
{
    const DirectoryService &directory = services.directory();
    QJsonArray orgs;
    for (const Organization &org : directory.organizations()) {
        const auto management = directory.account(org.managementAccountId);
        QJsonObject o {{QStringLiteral("id"), org.id},
                       {QStringLiteral("name"), org.name},
                       {QStringLiteral("managementAccount"), org.managementAccountId},
                       {QStringLiteral("allFeatures"), org.allFeatures}};
        if (!org.managementEmail.isEmpty())
            o.insert(QStringLiteral("email"), org.managementEmail);
        if (management) {
            o.insert(QStringLiteral("managementAccountName"), management->name);
            if (!management->taxCountry.isEmpty())
                o.insert(QStringLiteral("country"), management->taxCountry);
        }
        if (org.imported)
            o.insert(QStringLiteral("imported"), true);
        QJsonArray accounts;
        for (const Account &a : directory.accounts(org.id))
            if (a.id != org.managementAccountId)
                accounts.append(accountToJson(a));
        o.insert(QStringLiteral("accounts"), accounts);
        orgs.append(o);
    }
    return QJsonValue(orgs);
}

Result<QJsonValue> exportStandaloneAccounts(const Services &services)
{
    QJsonArray accounts;
    for (const Account &a : services.directory().accounts())
        if (a.organizationId.isEmpty())
            accounts.append(accountToJson(a));
    if (accounts.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(accounts);
}

QList<Step> allSteps(Services &services)
{
    QList<Step> steps {
        {QStringLiteral("organizations"), 10,
         [&services](const QJsonValue &v) { return applyOrganizations(services, v); },
         [&services]() { return exportOrganizations(services); }},
        {QStringLiteral("standaloneAccounts"), 20,
         [&services](const QJsonValue &v) { return applyStandaloneAccounts(services, v); },
         [&services]() { return exportStandaloneAccounts(services); }},
    };
    for (const Services::ScenarioSection &section : services.scenarioSections())
        steps.append({section.key, section.order, section.apply, section.exportSection});
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.order < b.order; });
    return steps;
}

// A section reports its own path ("transfers[1].payer") or a field relative to the section.
Error inSection(Error error, const QString &key)
{
    if (error.field.isEmpty())
        error.field = key;
    else if (error.field != key && !error.field.startsWith(key + QLatin1Char('.'))
             && !error.field.startsWith(key + QLatin1Char('[')))
        error.field
            = error.field.startsWith(QLatin1Char('[')) ? key + error.field : key + QLatin1Char('.') + error.field;
    return error;
}

} // namespace

QStringList ScenarioService::knownKeys() const
{
    QStringList keys {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("clock"),
                      QStringLiteral("settings")};
    for (const Step &step : allSteps(m_services))
        keys << step.key;
    return keys;
}

Status ScenarioService::apply(const QJsonObject &scenario)
{
    if (!m_services.isAdministrator())
        return Error::rule(QStringLiteral("ACCESS_DENIED"),
                           tr("Only the administrator applies a scenario (it sets up organizations of several owners); "
                              "you are acting as %1.")
                               .arg(m_services.actingAccountId()));
    if (scenario.isEmpty())
        return Error::input(QString(), QStringLiteral("SCENARIO_EMPTY"),
                            tr("The scenario is empty: it needs at least \"format\": \"%1\" and \"version\": %2.")
                                .arg(Format)
                                .arg(Version));
    const QList<Step> steps = allSteps(m_services);
    QStringList known = knownKeys();
    if (auto s = refuseUnknownKeys(scenario, known, {}); !s)
        return s;
    const QJsonValue format = scenario.value(QStringLiteral("format"));
    if (format.toString() != Format)
        return Error::input(QStringLiteral("format"), QStringLiteral("SCENARIO_WRONG_FORMAT"),
                            tr("format must be \"%1\"; this is not a BillingDesk scenario.").arg(Format));
    const QJsonValue version = scenario.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != Version)
        return Error::input(QStringLiteral("version"), QStringLiteral("SCENARIO_UNSUPPORTED_VERSION"),
                            tr("version must be %1 (this BillingDesk reads scenario version %1).").arg(Version));

    Status result;
    {
        Transaction tx(m_services.storage());
        if (!tx.started())
            return tx.started();
        result = [&]() -> Status {
            // The clock first: everything the scenario creates is stamped with its time.
            const QJsonValue clock = scenario.value(QStringLiteral("clock"));
            if (!clock.isUndefined() && !clock.isNull()) {
                const QDateTime moment = clock.isString() ? ClockService::parseMoment(clock.toString()) : QDateTime();
                if (!moment.isValid())
                    return invalid(QStringLiteral("clock"), tr("an ISO 8601 date and time, e.g. 2026-01-15T09:00:00Z"));
                if (auto s = m_services.clock().initialise(moment); !s) {
                    Error e = s.error();
                    e.field = QStringLiteral("clock");
                    return e;
                }
            }
            const QJsonValue settings = scenario.value(QStringLiteral("settings"));
            if (!settings.isUndefined() && !settings.isNull()) {
                if (!settings.isObject())
                    return invalid(QStringLiteral("settings"), tr("an object of key-value pairs"));
                const QJsonObject object = settings.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QString path = member(QStringLiteral("settings"), it.key());
                    if (it.key() == ClockKey)
                        return Error::input(path, QStringLiteral("SCENARIO_INVALID_VALUE"),
                                            tr("Set the clock with the top-level \"clock\" key, not as a setting."));
                    auto text = settingText(it.value(), path);
                    if (!text)
                        return text.error();
                    if (auto s = m_services.storage().settings().setValue(it.key(), *text); !s)
                        return s;
                }
            }
            // The clock stands still while the sections apply (the transfers section replays its steps at their own
            // times and restores it): read it once, not from the settings table for every audit entry.
            ClockService &clockService = m_services.clock();
            const QDateTime heldOverride = clockService.hasOverride() ? clockService.now() : QDateTime();
            clockService.setOverride(clockService.now());
            const auto releaseClock = qScopeGuard([&] { clockService.setOverride(heldOverride); });
            QStringList applied;
            for (const Step &step : steps) {
                const QJsonValue value = scenario.value(step.key);
                if (value.isUndefined())
                    continue;
                if (!step.apply)
                    return Error::input(step.key, QStringLiteral("SCENARIO_SECTION_READ_ONLY"),
                                        tr("The section %1 cannot be applied.").arg(step.key));
                if (auto s = step.apply(value); !s)
                    return inSection(s.error(), step.key);
                applied << step.key;
            }
            // Bring time-dependent state up to the scenario's clock (activations, expiry).
            if (auto s = m_services.catchUpWithClock(); !s)
                return s;
            if (auto s = m_services.audit(QStringLiteral("scenario.apply"), QStringLiteral("scenario"),
                                          QStringLiteral("scenario"),
                                          tr("Applied a scenario (%1)").arg(applied.join(QStringLiteral(", "))));
                !s)
                return s;
            return tx.commit();
        }();
    }
    // Views may have looked at the uncommitted rows of a scenario that was then rolled back: refresh them.
    Q_EMIT m_services.dataChanged();
    return result;
}

Result<QJsonObject> ScenarioService::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::input(path, QStringLiteral("FILE_NOT_READABLE"),
                            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxFileBytes)
        return Error::input(path, QStringLiteral("SCENARIO_TOO_LARGE"),
                            tr("%1 is %2 MB; a scenario may be at most %3 MB (about 45,000 organizations with 225,000 "
                               "accounts). Split it into several scenarios and apply them one after another.")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(file.size() >> 20)
                                .arg(MaxFileBytes >> 20));
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it could not accept: point at that character.
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset - 1, 0, data.size());
        const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1; // 0 when there is no earlier line break
        const int line = int(data.left(offset).count('\n')) + 1;
        const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
        return Error::input(QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column),
                            QStringLiteral("JSON_SYNTAX_ERROR"),
                            tr("%1 is not valid JSON: %2 at line %3, column %4.")
                                .arg(QDir::toNativeSeparators(path), parseError.errorString())
                                .arg(line)
                                .arg(column));
    }
    if (!doc.isObject())
        return Error::input(path, QStringLiteral("SCENARIO_NOT_AN_OBJECT"),
                            tr("%1 is not a scenario: it must hold one JSON object {\"format\": \"%2\", ...}.")
                                .arg(QDir::toNativeSeparators(path), Format));
    return doc.object();
}

Status ScenarioService::applyFile(const QString &path)
{
    auto scenario = readFile(path);
    if (!scenario)
        return scenario.error();
    if (auto s = apply(*scenario); !s) {
        Error e = s.error();
        e.field = e.field.isEmpty() ? path : QStringLiteral("%1: %2").arg(path, e.field);
        return e;
    }
    return {};
}

Result<QJsonObject> ScenarioService::exportScenario() const
{
    // A scenario holds everything (usage and prices included): only the administrator exports it, so a
    // bill-source context never sees billable amounts through it.
    if (!m_services.isAdministrator())
        return Error::rule(
            QStringLiteral("ACCESS_DENIED"),
            tr("Only the administrator exports the scenario; you are acting as %1.").arg(m_services.actingAccountId()));
    QJsonObject scenario {{QStringLiteral("format"), Format},
                          {QStringLiteral("version"), Version},
                          {QStringLiteral("clock"), m_services.now().toUTC().toString(Qt::ISODate)}};
    QJsonObject settings;
    auto stored = m_services.storage().settings().all();
    if (!stored)
        return stored.error();
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        if (it.key() != ClockKey)
            settings.insert(it.key(), it.value());
    if (!settings.isEmpty())
        scenario.insert(QStringLiteral("settings"), settings);
    for (const Step &step : allSteps(m_services)) {
        if (!step.exportSection)
            continue;
        auto value = step.exportSection();
        if (!value)
            return inSection(value.error(), step.key);
        if (!value->isUndefined() && !value->isNull())
            scenario.insert(step.key, *value);
    }
    return scenario;
}

QJsonObject ScenarioService::demoScenario()
{
    QFile file(QStringLiteral(":/scenarios/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Status ScenarioService::loadDemo()
{
    const QJsonObject demo = demoScenario();
    if (demo.isEmpty())
        return Error::internal(tr("The demo scenario is missing from this build (:/scenarios/demo.json)."));
    return apply(demo);
}

} // namespace bd
