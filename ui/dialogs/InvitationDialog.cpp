#include "InvitationDialog.h"

#include "ElidedLabel.h"
#include "domain/Directory.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/TransfersModel.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bd {

namespace transferinput {

Status name(const QString &value, const QString &field)
{
    return TransferRules::validateName(value, field);
}

Status notes(const QString &value)
{
    return TransferRules::validateNotes(value, QStringLiteral("notes"));
}

Status target(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Error::input(QStringLiteral("target"), QStringLiteral("TARGET_REQUIRED"),
                            QCoreApplication::translate(
                                "InvitationDialog",
                                "Enter the management account id (12 digits) or email of the organization to invite."));
    if (v.contains(QLatin1Char('@')))
        return validate::email(v, QStringLiteral("target"));
    return validate::accountId(v, QStringLiteral("target"));
}

Result<QMap<QString, QString>> tags(const QString &text)
{
    QMap<QString, QString> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto tag = TransferRules::parseTag(part, QStringLiteral("tags"));
        if (!tag)
            return tag.error();
        result.insert(tag->first, tag->second);
    }
    return result;
}

int deadlineHours(const Services &services)
{
    return services.transfers().acceptanceDeadlineHours();
}

} // namespace transferinput

InvitationDialog::InvitationDialog(Services &services, QWidget *parent)
    : ValidatedForm(tr("Send invitation"), parent)
    , m_services(services)
    , m_now(services.now())
    , m_deadlineHours(services.transfers().acceptanceDeadlineHours())
{
    setObjectName(QStringLiteral("invitationDialog"));
    const auto own = services.directory().organizationManagedBy(services.actingAccountId());
    setIntro(tr("Invite an organization to transfer its AWS bill to %1. Its management account accepts or declines; "
                "from the start month %1 receives and pays that organization's invoices and sets the prices it sees.")
                 .arg(own ? own->name : tr("your organization")));

    m_target = addField(
        QStringLiteral("target"), tr("&Organization to invite:"), tr("management account id (222233334444) or email"),
        [this](const QString &v) -> Status {
            if (Status s = transferinput::target(v); !s)
                return s;
            const QString t = v.trimmed();
            const QString acting = m_services.actingAccountId();
            const auto own = m_services.directory().organizationManagedBy(acting);
            if (t == acting || (own && t.compare(own->managementEmail, Qt::CaseInsensitive) == 0))
                return Error::rule(QStringLiteral("SOURCE_AND_TARGET_CANNOT_MATCH"),
                                   tr("That is your own organization: an organization cannot pay for itself."),
                                   QStringLiteral("target"));
            if (!t.contains(QLatin1Char('@'))) {
                const auto account = m_services.directory().account(t);
                if (account && !account->organizationId.isEmpty() && !m_services.directory().organizationManagedBy(t)) {
                    const auto org = m_services.directory().organization(account->organizationId);
                    return Error::input(QStringLiteral("target"), QStringLiteral("NOT_A_MANAGEMENT_ACCOUNT"),
                                        tr("%1 is a member account of %2: invite its management account %3.")
                                            .arg(t, org ? org->name : account->organizationId,
                                                 org ? org->managementAccountId : QString()));
                }
            }
            return {};
        });
    m_targetHint = new ElidedLabel(1, this);
    m_targetHint->setObjectName(QStringLiteral("targetHint"));
    m_targetHint->setStyleSheet(QStringLiteral("color: %1;").arg(style::mutedTextColor().name()));
    addRow(QString(), m_targetHint);

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    const BillingPeriod current = BillingPeriod::containing(m_now);
    for (int i = 1; i <= 12; ++i) {
        const BillingPeriod p = current.addMonths(i);
        m_start->addItem(p.displayName(), p.toString());
    }
    addRow(tr("&Start month:"), m_start, tr("Billing moves on the 1st at 00:00 UTC; never a partial month."));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setTextFormat(Qt::RichText);
    addRow(tr("Must be accepted by:"), m_deadline,
           tr("%1 before the start; an invitation not accepted by then expires.")
               .arg(transferformat::hours(m_deadlineHours)));

    m_name = addField(QStringLiteral("name"), tr("Descriptive &name:"), tr("Company A"),
                      [](const QString &v) { return transferinput::name(v); });

    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->setSpacing(2);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(
        tr("What changes for them: from the start month you receive and pay their AWS invoices; "
           "they see prices you set, not AWS's."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notesCounter = new QLabel(notesBox);
    m_notesCounter->setObjectName(QStringLiteral("notesCounter"));
    m_notesCounter->setAlignment(Qt::AlignRight);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(m_notesCounter);
    notesBox->setFocusProxy(m_notes);
    addRow(tr("&Message:"), notesBox);

    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->addItem(transferformat::pricingPlan(QStringLiteral("BasicPricingPlan")),
                    QStringLiteral("BasicPricingPlan"));
    m_plan->setItemData(0, tr("Public on-demand prices: no non-public discounts, credits, taxes or support."),
                        Qt::ToolTipRole);
    m_plan->addItem(transferformat::pricingPlan(QStringLiteral("Passthrough")), QStringLiteral("Passthrough"));
    m_plan->setItemData(1, tr("The billable data as it is (transfer billing groups only)."), Qt::ToolTipRole);
    addRow(tr("&Pricing configuration:"), m_plan,
           tr("For the invited organization's billing group (TRANSFER_BILLING), active from the start."));

    m_tags = addField(QStringLiteral("tags"), tr("&Tags:"), tr("optional: team=finance, cost-center=42"),
                      [](const QString &v) -> Status {
                          if (auto t = transferinput::tags(v); !t)
                              return t.error();
                          return {};
                      });

    addFormCheck([this] { return checkDates(); });
    addFormCheck([this] { return transferinput::notes(m_notes->toPlainText()); });
    // Everything else the service would refuse (quotas, chains, an invitation that already exists), as you type.
    addFormCheck([this] { return m_services.transfers().checkInvitation(invitation()); });

    connect(m_start, &QComboBox::currentIndexChanged, this, [this] {
        updateDerived();
        revalidate();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        updateDerived();
        revalidate();
    });
    connect(m_target, &QLineEdit::textChanged, this, &InvitationDialog::updateDerived);
    // The first month whose deadline is still ahead is the default.
    for (int i = 0; i < m_start->count(); ++i) {
        const auto p = BillingPeriod::fromString(m_start->itemData(i).toString());
        if (p && m_services.transfers().acceptanceDeadlineFor(*p) > m_now) {
            m_start->setCurrentIndex(i);
            break;
        }
    }
    okButton()->setText(tr("Send invitation"));
    setMinimumWidth(640);
    updateDerived();
    revalidate();
    m_target->setFocus();
}

BillingPeriod InvitationDialog::startPeriod() const
{
    return BillingPeriod::fromString(m_start->currentData().toString()).value_or(BillingPeriod());
}

QDateTime InvitationDialog::acceptanceDeadline() const
{
    const BillingPeriod p = startPeriod();
    return p.isValid() ? m_services.transfers().acceptanceDeadlineFor(p) : QDateTime();
}

Status InvitationDialog::checkDates() const
{
    const BillingPeriod p = startPeriod();
    if (!p.isValid() || p.start() <= m_now)
        return Error::rule(QStringLiteral("INVALID_START_DATE"),
                           tr("The start must be in the future: %1 has already begun. Choose a later month.")
                               .arg(p.isValid() ? p.displayName() : tr("that month")),
                           QStringLiteral("start"));
    if (acceptanceDeadline() <= m_now)
        return Error::rule(
            QStringLiteral("INVALID_START_DATE"),
            tr("Too late for %1: the acceptance deadline, %2, has already passed. Choose a later start month.")
                .arg(p.displayName(), transferformat::utcMoment(acceptanceDeadline())),
            QStringLiteral("start"));
    return {};
}

void InvitationDialog::updateDerived()
{
    // The deadline in UTC, and how long that leaves.
    const QDateTime deadline = acceptanceDeadline();
    const bool passed = !deadline.isValid() || deadline <= m_now;
    const QString when = passed ? QString() : transferformat::timeLeft(m_now, deadline);
    m_deadline->setText(passed ? tr("<span style='color:%1'><b>%2</b> \u2014 already passed</span>")
                                     .arg(style::errorColor().name(), transferformat::utcMoment(deadline))
                               : tr("<b>%1</b> <span style='color:%2'>\u00b7 %3</span>")
                                     .arg(transferformat::utcMoment(deadline), style::mutedTextColor().name(), when));

    const int length = int(m_notes->toPlainText().size());
    m_notesCounter->setText(tr("%1 / 1,024").arg(QLocale().toString(length)));
    m_notesCounter->setStyleSheet(
        QStringLiteral("color: %1;").arg((length > 1024 ? style::errorColor() : style::mutedTextColor()).name()));

    // Who the target is, when the directory knows it.
    const QString t = m_target->text().trimmed();
    QString hint;
    if (transferinput::target(t)) {
        DirectoryService &dir = m_services.directory();
        std::optional<Organization> org = t.contains(QLatin1Char('@')) ? std::nullopt : dir.organizationManagedBy(t);
        if (!org && t.contains(QLatin1Char('@'))) {
            for (const Organization &o : dir.organizations())
                if (o.managementEmail.compare(t, Qt::CaseInsensitive) == 0)
                    org = o;
        }
        if (org)
            hint = tr("\u2192 %1 (%2), management account %3").arg(org->name, org->id, org->managementAccountId);
        else
            hint = tr("Not in the directory yet: the invitation goes to that account as it is.");
    }
    m_targetHint->setText(hint); // its line is reserved: the form does not move when it appears
}

void InvitationDialog::setStart(const BillingPeriod &period)
{
    int index = m_start->findData(period.toString());
    if (index < 0) {
        m_start->insertItem(0, period.displayName(), period.toString());
        index = 0;
    }
    m_start->setCurrentIndex(index);
    updateDerived();
    revalidate();
}

void InvitationDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

void InvitationDialog::setName(const QString &name)
{
    m_name->setText(name);
}

TransferService::Invitation InvitationDialog::invitation() const
{
    TransferService::Invitation inv;
    inv.target = m_target->text().trimmed();
    inv.start = startPeriod();
    inv.name = m_name->text().trimmed();
    inv.notes = m_notes->toPlainText();
    inv.pricingPlan = m_plan->currentData().toString();
    if (auto t = transferinput::tags(m_tags->text()); t)
        inv.tags = t.value();
    return inv;
}

} // namespace bd
