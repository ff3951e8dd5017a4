// transfers invite|accept|decline|cancel|withdraw|rename|pricing|list|show|attention.
#include "Cli.h"

#include "services/DirectoryService.h"
#include "services/Services.h"
#include "services/TransferService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::cli {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue();
}

QJsonObject toJson(Services &services, const ResponsibilityTransfer &t)
{
    const QDateTime now = services.now();
    QJsonValue group;
    if (const auto g = services.transfers().billingGroupForTransfer(t.id))
        group = QJsonObject {{QStringLiteral("id"), g->id},
                             {QStringLiteral("type"), billingGroupTypeName(g->type)},
                             {QStringLiteral("status"), billingGroupStatusName(g->status)},
                             {QStringLiteral("plan"), g->hasPricing() ? QJsonValue(g->pricingPlan) : QJsonValue()}};
    QJsonObject tags;
    for (auto it = t.tags.cbegin(); it != t.tags.cend(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("handshakeId"), t.handshakeId},
        {QStringLiteral("type"), t.type},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("status"), transferStatusName(t.status)},
        {QStringLiteral("statusText"), t.statusText(now)},
        {QStringLiteral("source"), t.sourceManagementAccountId},
        {QStringLiteral("sourceOrganization"), t.sourceOrganizationId},
        {QStringLiteral("target"), t.targetManagementAccountId},
        {QStringLiteral("targetOrganization"), t.targetOrganizationId},
        {QStringLiteral("start"), t.startPeriod.firstDay().toString(Qt::ISODate)},
        {QStringLiteral("end"), t.endPeriod ? QJsonValue(t.endPeriod->lastDay().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("inEffect"), t.inEffectAt(now)},
        {QStringLiteral("billingGroup"), group},
        {QStringLiteral("plan"), t.pricingPlan},
        {QStringLiteral("notes"), t.notes},
        {QStringLiteral("requestedAt"), iso(t.requestedAt)},
        {QStringLiteral("deadline"), iso(t.acceptanceDeadline)},
        {QStringLiteral("respondedAt"), isoOrNull(t.respondedAt)},
        {QStringLiteral("withdrawnAt"), isoOrNull(t.withdrawnAt)},
        {QStringLiteral("inheritedVia"),
         t.inheritedViaTransferId.isEmpty() ? QJsonValue() : QJsonValue(t.inheritedViaTransferId)},
        {QStringLiteral("inheritedFrom"),
         t.inheritedFromTransferId.isEmpty() ? QJsonValue() : QJsonValue(t.inheritedFromTransferId)},
        {QStringLiteral("tags"), tags},
    };
}

QJsonObject toJson(const AuditEntry &e)
{
    return QJsonObject {{QStringLiteral("clockTime"), iso(e.clockTime)},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("effective"), isoOrNull(e.effective)},
                        {QStringLiteral("details"), e.details}};
}

QString endText(const ResponsibilityTransfer &t)
{
    return t.endPeriod ? t.endPeriod->lastDay().toString(Qt::ISODate) : QString();
}

void printTransfer(Context &ctx, const ResponsibilityTransfer &t)
{
    Services &s = *ctx.services();
    DirectoryService &dir = s.directory();
    auto orgLabel = [&](const QString &orgId, const QString &account) {
        const auto o = dir.organization(orgId);
        return QStringLiteral("%1 (%2, %3)").arg(o ? o->name : orgId, orgId, account);
    };
    const auto group = s.transfers().billingGroupForTransfer(t.id);
    QTextStream &out = ctx.out();
    out << tr("Transfer %1 \"%2\"").arg(t.id, t.name) << '\n';
    out << tr("  Status:        %1 (%2)").arg(transferStatusName(t.status), t.statusText(s.now())) << '\n';
    out << tr("  Bill source:   %1").arg(orgLabel(t.sourceOrganizationId, t.sourceManagementAccountId)) << '\n';
    out << tr("  Paid by:       %1").arg(orgLabel(t.targetOrganizationId, t.targetManagementAccountId)) << '\n';
    out << tr("  Start:         %1").arg(t.startPeriod.firstDay().toString(Qt::ISODate)) << '\n';
    out << tr("  End:           %1").arg(t.endPeriod ? endText(t) + QStringLiteral(" 23:59:59 UTC") : tr("(open)"))
        << '\n';
    out << tr("  Accept by:     %1").arg(iso(t.acceptanceDeadline)) << '\n';
    out << tr("  In effect now: %1").arg(t.inEffectAt(s.now()) ? tr("yes") : tr("no")) << '\n';
    out << tr("  Billing group: %1")
               .arg(group ? QStringLiteral("%1 %2 %3")
                                .arg(group->id, billingGroupStatusName(group->status),
                                     group->hasPricing() ? group->pricingPlan : tr("(no pricing configured)"))
                          : tr("(none)"))
        << '\n';
    if (t.isInherited())
        out << tr("  Inherited:     through %1 from %2").arg(t.inheritedViaTransferId, t.inheritedFromTransferId)
            << '\n';
    if (!t.notes.isEmpty())
        out << tr("  Notes:         %1").arg(t.notes) << '\n';
    for (auto it = t.tags.cbegin(); it != t.tags.cend(); ++it)
        out << tr("  Tag:           %1=%2").arg(it.key(), it.value()) << '\n';
    out.flush();
}

// The one positional argument naming the transfer (id or name).
bool transferArgument(Context &ctx, const QCommandLineParser &p, QString &id)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1) {
        ctx.usage(args.isEmpty() ? tr("name the transfer: its id (rt-...) or its descriptive name.")
                                 : tr("give one transfer; quote a name that has spaces."));
        return false;
    }
    id = args.first();
    return true;
}

int report(Context &ctx, const Result<ResponsibilityTransfer> &result, const QString &done)
{
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json) {
        ctx.printJson(toJson(*ctx.services(), result.value()));
    } else {
        ctx.out() << done.arg(result->id, result->name) << '\n';
        printTransfer(ctx, result.value());
    }
    return Done;
}

int invite(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    if (!ctx.require(p, {QStringLiteral("target"), QStringLiteral("start"), QStringLiteral("name")}))
        return Usage;
    TransferService::Invitation inv;
    inv.target = p.value(QStringLiteral("target"));
    const auto start = BillingPeriod::fromString(p.value(QStringLiteral("start")));
    if (!start)
        return ctx.fail(Error::input(
            QStringLiteral("start"), QStringLiteral("INVALID_START_DATE"),
            tr("--start \"%1\" is not a month: write YYYY-MM, e.g. 2026-02.").arg(p.value(QStringLiteral("start")))));
    inv.start = *start;
    inv.name = p.value(QStringLiteral("name"));
    inv.notes = p.value(QStringLiteral("notes"));
    inv.pricingPlan = p.value(QStringLiteral("plan"));
    for (const QString &tag : p.values(QStringLiteral("tag"))) {
        const auto parsed = TransferRules::parseTag(tag, QStringLiteral("--tag"));
        if (!parsed)
            return ctx.fail(parsed.error());
        inv.tags.insert(parsed->first, parsed->second);
    }
    return report(ctx, ctx.services()->transfers().invite(inv), tr("Invitation sent: %1 \"%2\"."));
}

int accept(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    return report(ctx, ctx.services()->transfers().accept(id), tr("Accepted %1 \"%2\"."));
}

int decline(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    return report(ctx, ctx.services()->transfers().decline(id), tr("Declined %1 \"%2\"."));
}

int cancel(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    return report(ctx, ctx.services()->transfers().cancel(id), tr("Canceled %1 \"%2\"."));
}

int withdraw(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    std::optional<BillingPeriod> end;
    if (p.isSet(QStringLiteral("end"))) {
        end = BillingPeriod::fromString(p.value(QStringLiteral("end")));
        if (!end)
            return ctx.fail(Error::input(
                QStringLiteral("end"), QStringLiteral("INVALID_END_DATE"),
                tr("--end \"%1\" is not a month: write YYYY-MM, e.g. 2026-03.").arg(p.value(QStringLiteral("end")))));
    }
    return report(ctx, ctx.services()->transfers().withdraw(id, end), tr("Withdrew %1 \"%2\"."));
}

int rename(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    if (!ctx.require(p, {QStringLiteral("name")}))
        return Usage;
    return report(ctx, ctx.services()->transfers().rename(id, p.value(QStringLiteral("name"))),
                  tr("Renamed %1 to \"%2\"."));
}

int pricing(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    if (!ctx.require(p, {QStringLiteral("plan")}))
        return Usage;
    TransferService &transfers = ctx.services()->transfers();
    auto group = transfers.configurePricing(id, p.value(QStringLiteral("plan")));
    if (!group)
        return ctx.fail(group.error());
    return report(ctx, *transfers.find(group->transferId), tr("Pricing of %1 \"%2\" configured."));
}

int list(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    Services &s = *ctx.services();
    TransferService &transfers = s.transfers();
    const QString direction = p.value(QStringLiteral("direction"));
    if (!direction.isEmpty() && direction != QLatin1String("inbound") && direction != QLatin1String("outbound"))
        return ctx.usage(tr("--direction is inbound or outbound."));
    if (s.isAdministrator() && !direction.isEmpty())
        return ctx.usage(tr("--direction is relative to the acting account: add --as ACCOUNT_ID."));
    QList<ResponsibilityTransfer> items;
    for (const bool inbound : {true, false}) {
        if (!direction.isEmpty() && (direction == QLatin1String("inbound")) != inbound)
            continue;
        // The administrator sees every transfer; an account only those its organization is a party to. A storage
        // error is an error, never a longer list.
        auto listed = s.isAdministrator() ? (inbound ? transfers.visible() : Result(QList<ResponsibilityTransfer>()))
            : inbound                     ? transfers.inbound(s.actingAccountId())
                                          : transfers.outbound(s.actingAccountId());
        if (!listed)
            return ctx.fail(listed.error());
        items += *listed;
    }
    const QString status = p.value(QStringLiteral("status"));
    if (!status.isEmpty() && !transferStatusFromName(status))
        return ctx.usage(tr("--status is one of REQUESTED, DECLINED, CANCELED, EXPIRED, ACCEPTED, WITHDRAWN."));
    QJsonArray array;
    QList<QStringList> rows;
    for (const ResponsibilityTransfer &t : std::as_const(items)) {
        if (!status.isEmpty() && t.status != *transferStatusFromName(status))
            continue;
        array.append(toJson(s, t));
        const auto group = transfers.billingGroupForTransfer(t.id);
        rows.append({t.id, t.name, t.sourceManagementAccountId, t.targetManagementAccountId, t.statusText(s.now()),
                     t.startPeriod.firstDay().toString(Qt::ISODate), endText(t),
                     group ? (group->hasPricing() ? group->pricingPlan : tr("(none)")) : QString()});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.printTable(
            {tr("ID"), tr("NAME"), tr("SOURCE"), tr("TARGET"), tr("STATUS"), tr("START"), tr("END"), tr("PRICING")},
            rows);
    return Done;
}

int show(Context &ctx, const QCommandLineParser &p)
{
    QString id;
    if (!transferArgument(ctx, p, id))
        return Usage;
    Services &s = *ctx.services();
    auto found = s.transfers().resolve(id);
    if (!found)
        return ctx.fail(found.error());
    auto history = s.transfers().history(found->id);
    if (!history)
        return ctx.fail(history.error());
    if (ctx.json) {
        QJsonObject o = toJson(s, found.value());
        QJsonArray entries;
        for (const AuditEntry &e : history.value())
            entries.append(toJson(e));
        o.insert(QStringLiteral("history"), entries);
        ctx.printJson(o);
        return Done;
    }
    printTransfer(ctx, found.value());
    ctx.out() << '\n' << tr("History:") << '\n';
    QList<QStringList> rows;
    for (const AuditEntry &e : history.value())
        rows.append({iso(e.clockTime), e.actor, e.action, iso(e.effective), e.details});
    ctx.printTable({tr("CLOCK TIME"), tr("ACTOR"), tr("ACTION"), tr("EFFECTIVE"), tr("DETAILS")}, rows);
    return Done;
}

int attention(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(tr("unexpected argument \"%1\".").arg(p.positionalArguments().first()));
    Services &s = *ctx.services();
    if (s.isAdministrator())
        return ctx.usage(tr("the attention list is the acting account's: add --as ACCOUNT_ID."));
    // The list is built from the transfers the account sees: if they cannot be read, say so (never an empty list).
    if (auto visible = s.transfers().visible(); !visible)
        return ctx.fail(visible.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const AttentionItem &item : s.transfers().attention(s.actingAccountId(), p.isSet(QStringLiteral("all")))) {
        const QString kind = attentionKindName(item.kind);
        array.append(QJsonObject {{QStringLiteral("kind"), kind},
                                  {QStringLiteral("key"), item.key},
                                  {QStringLiteral("title"), item.title},
                                  {QStringLiteral("due"), isoOrNull(item.due)},
                                  {QStringLiteral("entityType"), item.entityType},
                                  {QStringLiteral("entityId"), item.entityId},
                                  {QStringLiteral("dismissed"), item.dismissed},
                                  {QStringLiteral("hiddenUntil"), isoOrNull(item.hiddenUntil)}});
        const QString hidden = !item.dismissed ? QString()
            : item.hiddenUntil.isValid()       ? tr(" (snoozed until %1)").arg(iso(item.hiddenUntil))
                                               : tr(" (dismissed)");
        rows.append({iso(item.due), item.key, item.title + hidden});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        ctx.printTable({tr("DUE"), tr("KEY"), tr("WHAT")}, rows);
    return Done;
}

int dismiss(Context &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("give the key of one attention item (transfers attention shows them)."));
    Services &s = *ctx.services();
    QDateTime until;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        const int days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1)
            return ctx.fail(Error::input(
                QStringLiteral("--days"), QStringLiteral("INVALID_NUMBER"),
                tr("--days \"%1\" is not a whole number of days (1 or more).").arg(p.value(QStringLiteral("days")))));
        until = s.now().addDays(days);
    }
    if (auto r = s.transfers().dismissAttention(p.positionalArguments().first(), until); !r)
        return ctx.fail(r.error());
    if (!ctx.json)
        ctx.out() << (until.isValid() ? tr("Snoozed until %1.").arg(iso(until)) : tr("Dismissed.")) << '\n';
    else
        ctx.printJson(QJsonObject {{QStringLiteral("key"), p.positionalArguments().first()},
                                   {QStringLiteral("hiddenUntil"), isoOrNull(until)}});
    return Done;
}

const Registration registration {
    {QStringLiteral("transfers invite"),
     QStringLiteral("--target ACCOUNT|EMAIL --start YYYY-MM --name NAME [--notes TEXT] [--plan PLAN] [--tag K=V]..."),
     QStringLiteral("Invite an organization to transfer its bill to the acting management account (--as)."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("target"),
                  QStringLiteral("The invited organization's management account id or email."),
                  QStringLiteral("ACCOUNT")),
              opt(QStringLiteral("start"), QStringLiteral("First month the payer pays for (a future month)."),
                  QStringLiteral("YYYY-MM")),
              opt(QStringLiteral("name"), QStringLiteral("Descriptive name (1..128 printable ASCII)."),
                  QStringLiteral("NAME")),
              opt(QStringLiteral("notes"), QStringLiteral("Message to the invited organization (<= 1024)."),
                  QStringLiteral("TEXT")),
              opt(QStringLiteral("plan"),
                  QStringLiteral("Pricing plan of its billing group (default BasicPricingPlan)."),
                  QStringLiteral("PLAN")),
              opt(QStringLiteral("tag"), QStringLiteral("A tag KEY=VALUE (repeatable)."), QStringLiteral("K=V"))});
     },
     invite},
    {QStringLiteral("transfers accept"), QStringLiteral("ID"),
     QStringLiteral("Accept an invitation (bill-source management account)."), nullptr, accept},
    {QStringLiteral("transfers decline"), QStringLiteral("ID"),
     QStringLiteral("Decline an invitation (bill-source management account)."), nullptr, decline},
    {QStringLiteral("transfers cancel"), QStringLiteral("ID"),
     QStringLiteral("Cancel an invitation before an answer (the payer)."), nullptr, cancel},
    {QStringLiteral("transfers withdraw"), QStringLiteral("ID [--end YYYY-MM]"),
     QStringLiteral(
         "Withdraw an accepted transfer (either side); it ends on the last day of --end (default this month)."),
     [](QCommandLineParser &p) {
         p.addOption(
             opt(QStringLiteral("end"), QStringLiteral("Last month the payer pays for."), QStringLiteral("YYYY-MM")));
     },
     withdraw},
    {QStringLiteral("transfers rename"), QStringLiteral("ID --name NAME"),
     QStringLiteral("Rename a transfer (either side)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("name"), QStringLiteral("New descriptive name."), QStringLiteral("NAME")));
     },
     rename},
    {QStringLiteral("transfers pricing"), QStringLiteral("ID --plan PLAN"),
     QStringLiteral("Set the pricing plan of a transfer's billing group (the payer; e.g. an inherited transfer's)."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("plan"), QStringLiteral("BasicPricingPlan, Passthrough or a custom plan."),
                         QStringLiteral("PLAN")));
     },
     pricing},
    {QStringLiteral("transfers list"), QStringLiteral("[--direction inbound|outbound] [--status STATUS]"),
     QStringLiteral("List the acting account's transfers (all transfers for the administrator)."),
     [](QCommandLineParser &p) {
         p.addOptions(
             {opt(QStringLiteral("direction"), QStringLiteral("inbound (you pay) or outbound (paid by someone else)."),
                  QStringLiteral("DIR")),
              opt(QStringLiteral("status"), QStringLiteral("Only this status (REQUESTED, ACCEPTED, ...)."),
                  QStringLiteral("STATUS"))});
     },
     list},
    {QStringLiteral("transfers show"), QStringLiteral("ID"), QStringLiteral("Show a transfer with its history."),
     nullptr, show},
    {QStringLiteral("transfers attention"), QStringLiteral("[--all]"),
     QStringLiteral("What the acting management account can do, and by when (--all: with dismissed items)."),
     [](QCommandLineParser &p) {
         p.addOption(QCommandLineOption(QStringLiteral("all"), QStringLiteral("Include dismissed and snoozed items.")));
     },
     attention},
    {QStringLiteral("transfers dismiss"), QStringLiteral("KEY [--days N]"),
     QStringLiteral("Dismiss an attention item of the acting account, or snooze it for N days."),
     [](QCommandLineParser &p) {
         p.addOption(opt(QStringLiteral("days"), QStringLiteral("Snooze for this many days instead of for good."),
                         QStringLiteral("N")));
     },
     dismiss},
};

} // namespace

} // namespace bd::cli
