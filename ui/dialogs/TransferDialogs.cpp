#include "TransferDialogs.h"

#include "InvitationDialog.h"
#include "itemmodels/TransfersModel.h"
#include "services/DirectoryService.h"
#include "services/Services.h"
#include "services/TransferService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

WithdrawDialog::WithdrawDialog(Services &services, const ResponsibilityTransfer &transfer, QWidget *parent)
    : ValidatedForm(tr("Withdraw transfer"), parent)
    , m_transfer(transfer)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    const auto source = services.directory().organization(transfer.sourceOrganizationId);
    const auto payer = services.directory().organization(transfer.targetOrganizationId);
    m_sourceName = source ? source->name : transfer.sourceOrganizationId;
    m_payerName = payer ? payer->name : transfer.targetOrganizationId;
    setIntro(tr("Withdraw \"%1\": %2 stops paying the AWS bill of %3 at the end of the month you choose. "
                "Billing only changes at the end of a month; there are no partial months.")
                 .arg(transfer.name, m_payerName, m_sourceName));

    m_end = new QComboBox(this);
    m_end->setObjectName(QStringLiteral("end"));
    const BillingPeriod current = BillingPeriod::containing(services.now());
    for (int i = 0; i < 12; ++i) {
        const BillingPeriod p = current.addMonths(i);
        m_end->addItem(i == 0 ? tr("%1 (this month)").arg(p.displayName()) : p.displayName(), p.toString());
    }
    addRow(tr("Last month &billed to %1:").arg(m_payerName), m_end);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setStyleSheet(
        QStringLiteral("QLabel { background: #f3f6f9; border: 1px solid #dde2e8; border-radius: 4px; padding: 8px; }"));
    form()->addRow(m_summary);
    connect(m_end, &QComboBox::currentIndexChanged, this, &WithdrawDialog::updateSummary);
    okButton()->setText(tr("Withdraw..."));
    setMinimumWidth(600);
    updateSummary();
    revalidate();
}

BillingPeriod WithdrawDialog::endPeriod() const
{
    return BillingPeriod::fromString(m_end->currentData().toString()).value_or(BillingPeriod());
}

void WithdrawDialog::setEnd(const BillingPeriod &period)
{
    const int index = m_end->findData(period.toString());
    if (index >= 0)
        m_end->setCurrentIndex(index);
}

void WithdrawDialog::updateSummary()
{
    const BillingPeriod end = endPeriod();
    if (!end.isValid())
        return;
    if (end < m_transfer.startPeriod) {
        // Ended before its first month: it never takes effect.
        m_summary->setText(
            tr("\"%1\" <b>never takes effect</b>: %2 keeps receiving and paying its own AWS invoices; "
               "%3 pays nothing for it.")
                .arg(m_transfer.name.toHtmlEscaped(), m_sourceName.toHtmlEscaped(), m_payerName.toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("%1 pays for %2 until <b>%3, 23:59:59 UTC</b>.<br>From <b>%4</b>, %2 receives and pays its "
                          "own AWS invoices again.")
                           .arg(m_payerName.toHtmlEscaped(), m_sourceName.toHtmlEscaped(),
                                transferformat::date(end.lastDay()), transferformat::date(end.next().firstDay())));
}

QString WithdrawDialog::confirmationText() const
{
    const BillingPeriod end = endPeriod();
    return tr("Billing for %1 moves back to %2 on %3. This cannot be undone.")
        .arg(m_transfer.name, m_sourceName, transferformat::date(end.next().firstDay()));
}

RenameTransferDialog::RenameTransferDialog(const ResponsibilityTransfer &transfer, QWidget *parent)
    : ValidatedForm(tr("Rename transfer"), parent)
{
    setObjectName(QStringLiteral("renameTransferDialog"));
    setIntro(tr("The descriptive name shows on billing views and invoices of both sides."));
    m_name = addField(QStringLiteral("name"), tr("Descriptive &name:"), transfer.name,
                      [](const QString &v) { return transferinput::name(v); });
    m_name->setText(transfer.name);
    m_name->selectAll();
    okButton()->setText(tr("Rename"));
    revalidate();
}

QString RenameTransferDialog::name() const
{
    return m_name->text().trimmed();
}

PricingDialog::PricingDialog(Services &services, const ResponsibilityTransfer &transfer, QWidget *parent)
    : ValidatedForm(tr("Pricing configuration"), parent)
{
    setObjectName(QStringLiteral("pricingDialog"));
    const auto source = services.directory().organization(transfer.sourceOrganizationId);
    const auto group = services.transfers().billingGroupForTransfer(transfer.id);
    setIntro(tr("The billing group of %1 (\"%2\") prices its usage for the pro forma view it sees. Changes apply "
                "to the current billing period; closed periods stay as they were.")
                 .arg(source ? source->name : transfer.sourceOrganizationId, transfer.name));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    m_plan->setEditable(true);
    m_plan->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &p : {QStringLiteral("BasicPricingPlan"), QStringLiteral("Passthrough")})
        m_plan->addItem(transferformat::pricingPlan(p), p);
    const QString current = group && group->hasPricing() ? group->pricingPlan : QString();
    int index = m_plan->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_plan->addItem(current, current);
        index = m_plan->count() - 1;
    }
    m_plan->setCurrentIndex(std::max(0, index));
    addRow(tr("&Pricing plan:"), m_plan,
           tr("AWS-managed plans are free; a custom plan (type its name) costs USD 50 per organization and month."));
    addFormCheck([this]() -> Status {
        const QString chosen = plan();
        if (chosen.isEmpty() || chosen.size() > 128)
            return Error::input(QStringLiteral("plan"), QStringLiteral("INVALID_PLAN"),
                                tr("Name the pricing plan (1 to 128 characters), e.g. BasicPricingPlan."));
        return {};
    });
    connect(m_plan, &QComboBox::currentTextChanged, this, &ValidatedForm::revalidate);
    okButton()->setText(tr("Set pricing"));
    revalidate();
}

QString PricingDialog::plan() const
{
    const int index = m_plan->findText(m_plan->currentText());
    return index >= 0 ? m_plan->itemData(index).toString() : m_plan->currentText().trimmed();
}

} // namespace bd
