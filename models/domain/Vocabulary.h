#pragma once

#include <QString>

// Names that several layers share, each defined once: settings keys, role names and actor names.
namespace bd {

// Keys of the settings table (configurable values of the domain, DOMAIN.md "configurable").
namespace SettingKeys {
inline const QString ClockNow = QStringLiteral("clock.now"); // the stored simulation clock (ISO 8601, UTC)
inline const QString AcceptanceDeadlineHours = QStringLiteral("transfers.acceptanceDeadlineHours"); // default 24
inline const QString InboundQuota = QStringLiteral("transfers.inboundQuota"); // default 1000
inline const QString DefaultActingAs = QStringLiteral("ui.defaultActingAs"); // the GUI's first acting account
inline const QString DemoLoaded = QStringLiteral("demo.loaded"); // "true": the demo banner is shown
// + account id: the attention items that account dismissed or snoozed (JSON: key -> "dismissed" | ISO moment)
inline const QString AttentionDismissedPrefix = QStringLiteral("attention.dismissed.");
} // namespace SettingKeys

// The role of an acting account (the acting-as selector's badge, Services::roleOf, the CLI's JSON).
namespace Roles {
inline const QString Administrator = QStringLiteral("administrator"); // no acting account: set-up only
inline const QString Payer = QStringLiteral("payer"); // management account of a bill-transfer organization
inline const QString BillSource = QStringLiteral("bill-source"); // its organization's bill is transferred today
inline const QString Management = QStringLiteral("management"); // management account, no transfer in effect
inline const QString Member = QStringLiteral("member"); // member account of an organization
inline const QString Standalone = QStringLiteral("standalone"); // an account in no organization
inline const QString Unknown = QStringLiteral("unknown"); // the role could not be read (storage error)
} // namespace Roles

// Actors written to the audit log besides account ids.
namespace Actors {
inline const QString Administrator = QStringLiteral("admin");
inline const QString System = QStringLiteral("system"); // the clock (expiry, activation)
} // namespace Actors

} // namespace bd
