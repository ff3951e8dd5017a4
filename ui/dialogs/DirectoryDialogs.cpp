#include "DirectoryDialogs.h"

#include <QCheckBox>
#include <QLineEdit>

namespace bd {

OrganizationDialog::OrganizationDialog(QWidget *parent, const Organization *existing)
    : ValidatedForm(existing ? tr("Edit organization") : tr("New organization"), parent)
{
    setObjectName(QStringLiteral("organizationDialog"));
    setIntro(existing ? tr("The organization id and management account cannot change.")
                      : tr("Register an AWS organization: its id, name and management account (the account that sends, "
                           "accepts and withdraws billing transfers)."));
    m_id = addField(QStringLiteral("id"), tr("Organization &id:"), QStringLiteral("o-a1b2c3d4e5"),
                    [](const QString &v) { return validate::organizationId(v); });
    m_name = addField(QStringLiteral("name"), tr("&Name:"), tr("Northwind Holdings"),
                      [](const QString &v) { return validate::name(v); });
    m_management
        = addField(QStringLiteral("management-account"), tr("&Management account:"), QStringLiteral("111122223333"),
                   [](const QString &v) { return validate::accountId(v, QStringLiteral("management-account")); });
    m_email = addField(QStringLiteral("email"), tr("Management &email:"), QStringLiteral("billing@example.com"),
                       [this](const QString &v) { return validate::email(v, QStringLiteral("email"), !m_imported); });
    if (!existing) {
        m_accountName = addField(
            QStringLiteral("account-name"), tr("Management account n&ame:"), tr("(optional)"), [](const QString &v) {
                return v.isEmpty() ? Status() : validate::name(v, QStringLiteral("account-name"), 50);
            });
        m_country
            = addField(QStringLiteral("country"), tr("Tax &country:"), QStringLiteral("US"),
                       [](const QString &v) { return validate::countryCode(v.toUpper(), QStringLiteral("country")); });
    }
    m_allFeatures = new QCheckBox(tr("All features enabled (not only consolidated billing)"), this);
    m_allFeatures->setObjectName(QStringLiteral("allFeatures"));
    m_allFeatures->setChecked(true);
    addRow(QString(), m_allFeatures);
    if (existing) {
        m_imported = existing->imported;
        m_id->setText(existing->id);
        m_id->setReadOnly(true);
        m_name->setText(existing->name);
        m_management->setText(existing->managementAccountId);
        m_management->setReadOnly(true);
        m_email->setText(existing->managementEmail);
        m_allFeatures->setChecked(existing->allFeatures);
    }
    revalidate();
}

Organization OrganizationDialog::organization() const
{
    Organization o;
    o.id = m_id->text().trimmed();
    o.name = m_name->text().trimmed();
    o.managementAccountId = m_management->text().trimmed();
    o.managementEmail = m_email->text().trimmed();
    o.allFeatures = m_allFeatures->isChecked();
    return o;
}

QString OrganizationDialog::taxCountry() const
{
    return m_country ? m_country->text().trimmed().toUpper() : QString();
}

QString OrganizationDialog::managementAccountName() const
{
    return m_accountName ? m_accountName->text().trimmed() : QString();
}

AccountDialog::AccountDialog(const QString &organizationId, QWidget *parent, const Account *existing)
    : ValidatedForm(existing ? tr("Edit account") : tr("New account"), parent)
    , m_organizationId(organizationId)
{
    setObjectName(QStringLiteral("accountDialog"));
    m_id = addField(QStringLiteral("id"), tr("Account &id:"), QStringLiteral("111122223333"),
                    [](const QString &v) { return validate::accountId(v, QStringLiteral("id")); });
    m_name = addField(QStringLiteral("name"), tr("&Name:"), tr("Production"),
                      [](const QString &v) { return validate::name(v, QStringLiteral("name"), 50); });
    m_email = addField(QStringLiteral("email"), tr("&Email:"), tr("(optional)"),
                       [](const QString &v) { return validate::email(v, QStringLiteral("email"), false); });
    m_country = addField(QStringLiteral("country"), tr("Tax &country:"), QStringLiteral("GB"), [](const QString &v) {
        return validate::countryCode(v.toUpper(), QStringLiteral("country"));
    });
    if (existing) {
        m_id->setText(existing->id);
        m_id->setReadOnly(true);
        m_name->setText(existing->name);
        m_email->setText(existing->email);
        m_country->setText(existing->taxCountry);
    }
    revalidate();
}

Account AccountDialog::account() const
{
    Account a;
    a.id = m_id->text().trimmed();
    a.name = m_name->text().trimmed();
    a.email = m_email->text().trimmed();
    a.taxCountry = m_country->text().trimmed().toUpper();
    a.organizationId = m_organizationId;
    return a;
}

} // namespace bd
