#pragma once

#include "domain/Directory.h"

#include <QAbstractTableModel>

namespace bd {

class Services;

// The organizations of the directory, refreshed on the directory's change signal.
class OrganizationsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Id, ManagementAccount, Email, Accounts, Features, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit OrganizationsModel(Services &services, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Organization organizationAt(int row) const { return m_rows.at(row).org; }
    int rowOf(const QString &id) const;
    void reload();

private:
    struct Row
    {
        Organization org;
        int accounts = 0;
    };
    Services &m_services;
    QList<Row> m_rows;
};

// The accounts of one organization (or all accounts when the organization is empty).
class AccountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Email, Country, Role, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit AccountsModel(Services &services, QObject *parent = nullptr);

    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_organizationId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Account accountAt(int row) const { return m_rows.at(row).account; }
    void reload();

private:
    struct Row
    {
        Account account;
        bool management = false;
    };
    Services &m_services;
    QString m_organizationId;
    QList<Row> m_rows;
};

} // namespace bd
