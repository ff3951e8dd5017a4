#pragma once

#include "ValidatedForm.h"
#include "domain/Directory.h"

class QCheckBox;
class QLineEdit;

namespace bd {

// Add or edit an organization (the id and management account are fixed once created).
class OrganizationDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    explicit OrganizationDialog(QWidget *parent = nullptr, const Organization *existing = nullptr);
    Organization organization() const;
    QString taxCountry() const;
    QString managementAccountName() const;

private:
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_management = nullptr;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_country = nullptr;
    QCheckBox *m_allFeatures = nullptr;
    bool m_imported = false;
};

// Add or edit an account of an organization.
class AccountDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    AccountDialog(const QString &organizationId, QWidget *parent = nullptr, const Account *existing = nullptr);
    Account account() const;

private:
    QString m_organizationId;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_country = nullptr;
};

} // namespace bd
