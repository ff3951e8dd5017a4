#include "TransferDialogs.h"

#include "InvitationDialog.h"
#include "itemmodels/TransfersModel.h"
#include "services/DirectoryService.h"
#include "services/Services.h"

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
    setIntro(tr("Withdraw \"%1\": %2 stops paying %3's AWS bill at the end of the month you choose. "
                "Billing only changes at a month's end; there are no partial months.")
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
    transferinput::keepFitting(this);
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
    transferinput::keepFitting(this);
    revalidate();
}

QString RenameTransferDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace bd
