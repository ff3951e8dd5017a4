// orgs list|add|edit|remove and accounts list|add|edit|remove.
#include "Cli.h"

#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::cli {

namespace {

QJsonObject toJson(const Organization &o, int accounts)
{
    return QJsonObject {{QStringLiteral("id"), o.id},
                        {QStringLiteral("name"), o.name},
                        {QStringLiteral("managementAccount"), o.managementAccountId},
                        {QStringLiteral("email"), o.managementEmail},
                        {QStringLiteral("allFeatures"), o.allFeatures},
                        {QStringLiteral("imported"), o.imported},
                        {QStringLiteral("accounts"), accounts}};
}

QJsonObject toJson(const Account &a, bool management)
{
    return QJsonObject {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("country"), a.taxCountry},
        {QStringLiteral("organization"), a.organizationId.isEmpty() ? QJsonValue() : QJsonValue(a.organizationId)},
        {QStringLiteral("management"), management}};
}

int noPositional(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QCoreApplication::translate("billingdesk-cli", "unexpected argument \"%1\".")
                             .arg(p.positionalArguments().first()));
    return Done;
}

// The id of the one positional argument or --id.
QString targetId(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("id")))
        return p.value(QStringLiteral("id"));
    return p.positionalArguments().value(0);
}

int listOrgs(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    DirectoryService &dir = ctx.services()->directory();
    const QString filter = p.value(QStringLiteral("filter"));
    QJsonArray array;
    QList<QStringList> rows;
    for (const Organization &o : dir.organizations()) {
        if (!filter.isEmpty() && !o.name.contains(filter, Qt::CaseInsensitive) && !o.id.contains(filter)
            && !o.managementAccountId.contains(filter))
            continue;
        const int count = dir.accountCount(o.id);
        array.append(toJson(o, count));
        rows.append({o.id, o.name, o.managementAccountId, o.managementEmail, QString::number(count),
                     o.imported ? QStringLiteral("imported") : QString()});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("MANAGEMENT ACCOUNT"),
                        QStringLiteral("EMAIL"), QStringLiteral("ACCOUNTS"), QString()},
                       rows, {4});
    return Done;
}

int addOrg(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    if (!ctx.require(p,
                     {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("management-account"),
                      QStringLiteral("email")}))
        return Usage;
    Organization o;
    o.id = p.value(QStringLiteral("id"));
    o.name = p.value(QStringLiteral("name"));
    o.managementAccountId = p.value(QStringLiteral("management-account"));
    o.managementEmail = p.value(QStringLiteral("email"));
    o.allFeatures = !p.isSet(QStringLiteral("consolidated-billing-only"));
    DirectoryService &dir = ctx.services()->directory();
    if (auto s = dir.addOrganization(o, p.value(QStringLiteral("account-name")), p.value(QStringLiteral("country")));
        !s)
        return ctx.fail(s.error());
    const auto added = dir.organization(o.id);
    if (ctx.json)
        ctx.printJson(toJson(*added, dir.accountCount(o.id)));
    else
        ctx.out() << QCoreApplication::translate("billingdesk-cli",
                                                 "Added organization %1 (%2), management account %3.")
                         .arg(added->name, added->id, added->managementAccountId)
                  << Qt::endl;
    return Done;
}

int editOrg(Context &ctx, const QCommandLineParser &p)
{
    const QString id = targetId(p);
    if (id.isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "billingdesk-cli", "name the organization: orgs edit o-... [--name NAME] [--email EMAIL]"));
    DirectoryService &dir = ctx.services()->directory();
    auto org = dir.organization(id);
    if (!org)
        return ctx.fail(
            Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"),
                        QCoreApplication::translate("billingdesk-cli", "There is no organization %1.").arg(id),
                        QStringLiteral("id")));
    if (p.isSet(QStringLiteral("name")))
        org->name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("email")))
        org->managementEmail = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("all-features")))
        org->allFeatures = true;
    if (p.isSet(QStringLiteral("consolidated-billing-only")))
        org->allFeatures = false;
    if (auto s = dir.editOrganization(*org); !s)
        return ctx.fail(s.error());
    const auto updated = dir.organization(id);
    if (ctx.json)
        ctx.printJson(toJson(*updated, dir.accountCount(id)));
    else
        ctx.out()
            << QCoreApplication::translate("billingdesk-cli", "Updated organization %1 (%2).").arg(updated->name, id)
            << Qt::endl;
    return Done;
}

int removeOrg(Context &ctx, const QCommandLineParser &p)
{
    const QString id = targetId(p);
    if (id.isEmpty())
        return ctx.usage(QCoreApplication::translate("billingdesk-cli", "name the organization: orgs remove o-..."));
    if (auto s = ctx.services()->directory().removeOrganization(id); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {{QStringLiteral("removed"), id}});
    else
        ctx.out() << QCoreApplication::translate("billingdesk-cli", "Removed organization %1.").arg(id) << Qt::endl;
    return Done;
}

int listAccounts(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    DirectoryService &dir = ctx.services()->directory();
    const QString org = p.value(QStringLiteral("org"));
    if (!org.isEmpty() && !dir.organization(org))
        return ctx.fail(
            Error::rule(QStringLiteral("ORGANIZATION_NOT_FOUND"),
                        QCoreApplication::translate("billingdesk-cli", "There is no organization %1.").arg(org),
                        QStringLiteral("org")));
    const QString filter = p.value(QStringLiteral("filter"));
    QJsonArray array;
    QList<QStringList> rows;
    for (const Account &a : dir.accounts(org)) {
        if (!filter.isEmpty() && !a.name.contains(filter, Qt::CaseInsensitive) && !a.id.contains(filter)
            && !a.email.contains(filter, Qt::CaseInsensitive))
            continue;
        const bool management = dir.organizationManagedBy(a.id).has_value();
        array.append(toJson(a, management));
        rows.append({a.id, a.name, a.email, a.taxCountry, a.organizationId,
                     management ? QStringLiteral("management") : QString()});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.printTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EMAIL"),
                        QStringLiteral("COUNTRY"), QStringLiteral("ORGANIZATION"), QString()},
                       rows);
    return Done;
}

int addAccount(Context &ctx, const QCommandLineParser &p)
{
    if (int r = noPositional(ctx, p))
        return r;
    if (!ctx.require(p, {QStringLiteral("org"), QStringLiteral("id"), QStringLiteral("name")}))
        return Usage;
    Account a;
    a.id = p.value(QStringLiteral("id"));
    a.name = p.value(QStringLiteral("name"));
    a.email = p.value(QStringLiteral("email"));
    a.taxCountry = p.value(QStringLiteral("country"));
    a.organizationId = p.value(QStringLiteral("org"));
    DirectoryService &dir = ctx.services()->directory();
    if (auto s = dir.addAccount(a); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(toJson(*dir.account(a.id), false));
    else
        ctx.out() << QCoreApplication::translate("billingdesk-cli", "Added account %1 (%2) to %3.")
                         .arg(a.id, a.name, a.organizationId)
                  << Qt::endl;
    return Done;
}

int editAccount(Context &ctx, const QCommandLineParser &p)
{
    const QString id = targetId(p);
    if (id.isEmpty())
        return ctx.usage(QCoreApplication::translate("billingdesk-cli",
                                                     "name the account: accounts edit 123456789012 [--name NAME] ..."));
    DirectoryService &dir = ctx.services()->directory();
    auto a = dir.account(id);
    if (!a)
        return ctx.fail(Error::rule(QStringLiteral("ACCOUNT_NOT_FOUND"),
                                    QCoreApplication::translate("billingdesk-cli", "There is no account %1.").arg(id),
                                    QStringLiteral("id")));
    if (p.isSet(QStringLiteral("name")))
        a->name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("email")))
        a->email = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("country")))
        a->taxCountry = p.value(QStringLiteral("country"));
    if (p.isSet(QStringLiteral("org")))
        a->organizationId = p.value(QStringLiteral("org"));
    if (auto s = dir.editAccount(*a); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(toJson(*dir.account(id), dir.organizationManagedBy(id).has_value()));
    else
        ctx.out() << QCoreApplication::translate("billingdesk-cli", "Updated account %1.").arg(id) << Qt::endl;
    return Done;
}

int removeAccount(Context &ctx, const QCommandLineParser &p)
{
    const QString id = targetId(p);
    if (id.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("billingdesk-cli", "name the account: accounts remove 123456789012"));
    if (auto s = ctx.services()->directory().removeAccount(id); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {{QStringLiteral("removed"), id}});
    else
        ctx.out() << QCoreApplication::translate("billingdesk-cli", "Removed account %1.").arg(id) << Qt::endl;
    return Done;
}

const Registration registration {
    {QStringLiteral("orgs list"), QStringLiteral("[--filter TEXT]"),
     QStringLiteral("List the organizations in the directory."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("filter"), QStringLiteral("Name, id or account contains TEXT."),
                         QStringLiteral("TEXT")));
     },
     listOrgs},
    {QStringLiteral("orgs add"),
     QStringLiteral(
         "--id o-... --name NAME --management-account ID --email EMAIL [--country CC] [--account-name NAME]"),
     QStringLiteral("Add an organization and its management account."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("id"), QStringLiteral("Organization id (o- and 10..32 lowercase letters or digits)."),
                  QStringLiteral("ID")),
              opt(QStringLiteral("name"), QStringLiteral("Organization name."), QStringLiteral("NAME")),
              opt(QStringLiteral("management-account"), QStringLiteral("The 12-digit management account id."),
                  QStringLiteral("ID")),
              opt(QStringLiteral("email"), QStringLiteral("The management account's email."), QStringLiteral("EMAIL")),
              opt(QStringLiteral("country"),
                  QStringLiteral("The management account's tax country (ISO 3166, e.g. US)."), QStringLiteral("CC")),
              opt(QStringLiteral("account-name"), QStringLiteral("The management account's name."),
                  QStringLiteral("NAME")),
              opt(QStringLiteral("consolidated-billing-only"),
                  QStringLiteral("The organization does not have all features enabled."))});
     },
     addOrg},
    {QStringLiteral("orgs edit"),
     QStringLiteral("ID [--name NAME] [--email EMAIL] [--all-features|--consolidated-billing-only]"),
     QStringLiteral("Change an organization's name, email or feature set."),
     [](QCommandLineParser &p) {
         p.addOptions({opt(QStringLiteral("id"), QStringLiteral("Organization id."), QStringLiteral("ID")),
                       opt(QStringLiteral("name"), QStringLiteral("New name."), QStringLiteral("NAME")),
                       opt(QStringLiteral("email"), QStringLiteral("New management email."), QStringLiteral("EMAIL")),
                       opt(QStringLiteral("all-features"), QStringLiteral("All features enabled.")),
                       opt(QStringLiteral("consolidated-billing-only"), QStringLiteral("Consolidated billing only."))});
     },
     editOrg},
    {QStringLiteral("orgs remove"), QStringLiteral("ID"),
     QStringLiteral("Remove an organization (refused while anything refers to it)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("id"), QStringLiteral("Organization id."), QStringLiteral("ID")));
     },
     removeOrg},
    {QStringLiteral("accounts list"), QStringLiteral("[--org o-...] [--filter TEXT]"), QStringLiteral("List accounts."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("org"), QStringLiteral("Only this organization's accounts."), QStringLiteral("ID")),
              opt(QStringLiteral("filter"), QStringLiteral("Name, id or email contains TEXT."),
                  QStringLiteral("TEXT"))});
     },
     listAccounts},
    {QStringLiteral("accounts add"), QStringLiteral("--org o-... --id ID --name NAME [--email EMAIL] [--country CC]"),
     QStringLiteral("Add a member account to an organization."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("org"), QStringLiteral("Organization id."), QStringLiteral("ID")),
              opt(QStringLiteral("id"), QStringLiteral("12-digit account id."), QStringLiteral("ID")),
              opt(QStringLiteral("name"), QStringLiteral("Account name."), QStringLiteral("NAME")),
              opt(QStringLiteral("email"), QStringLiteral("Account email."), QStringLiteral("EMAIL")),
              opt(QStringLiteral("country"), QStringLiteral("Tax country (ISO 3166 alpha-2)."), QStringLiteral("CC"))});
     },
     addAccount},
    {QStringLiteral("accounts edit"), QStringLiteral("ID [--name NAME] [--email EMAIL] [--country CC] [--org o-...]"),
     QStringLiteral("Change an account."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("id"), QStringLiteral("12-digit account id."), QStringLiteral("ID")),
              opt(QStringLiteral("name"), QStringLiteral("Account name."), QStringLiteral("NAME")),
              opt(QStringLiteral("email"), QStringLiteral("Account email."), QStringLiteral("EMAIL")),
              opt(QStringLiteral("country"), QStringLiteral("Tax country (ISO 3166 alpha-2)."), QStringLiteral("CC")),
              opt(QStringLiteral("org"), QStringLiteral("Move to this organization."), QStringLiteral("ID"))});
     },
     editAccount},
    {QStringLiteral("accounts remove"), QStringLiteral("ID"),
     QStringLiteral("Remove an account (refused while referenced)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("id"), QStringLiteral("12-digit account id."), QStringLiteral("ID")));
     },
     removeAccount},
};

} // namespace

} // namespace bd::cli
