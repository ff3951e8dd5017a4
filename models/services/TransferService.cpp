#include "TransferService.h"

#include "Services.h"

#include <QCoreApplication>

namespace bd {

// Scaffold so that the tree builds while the Transfers capability is written; replaced by the real service.
namespace {
Error notYet()
{
    return Error::rule(QStringLiteral("NOT_AVAILABLE"), QCoreApplication::translate("TransferService", "Transfers are not available yet."));
}
} // namespace

TransferService::TransferService(Services &services)
    : m_services(services)
{
}

Result<ResponsibilityTransfer> TransferService::invite(const Invitation &) { return notYet(); }
Result<ResponsibilityTransfer> TransferService::accept(const QString &) { return notYet(); }
Result<ResponsibilityTransfer> TransferService::decline(const QString &) { return notYet(); }
Result<ResponsibilityTransfer> TransferService::cancel(const QString &) { return notYet(); }
Result<ResponsibilityTransfer> TransferService::rename(const QString &, const QString &) { return notYet(); }
Result<ResponsibilityTransfer> TransferService::withdraw(const QString &, std::optional<BillingPeriod>) { return notYet(); }
std::optional<ResponsibilityTransfer> TransferService::find(const QString &) const { return std::nullopt; }
QList<ResponsibilityTransfer> TransferService::all() const { return {}; }
QList<ResponsibilityTransfer> TransferService::inbound(const QString &) const { return {}; }
QList<ResponsibilityTransfer> TransferService::outbound(const QString &) const { return {}; }
Result<QList<AuditEntry>> TransferService::history(const QString &) const { return notYet(); }
QList<AttentionItem> TransferService::attention(const QString &) const { return {}; }
QString TransferService::payerOrganizationOn(const QString &, const QDateTime &) const { return {}; }
Status TransferService::processClock(const QDateTime &) { return {}; }

} // namespace bd
