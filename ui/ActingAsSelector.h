#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace bd {

// "Acting as": a button that says who you are and in which role, and opens a searchable list of every account,
// grouped by organization (management account first) with its role, plus the administrator. Typing narrows the
// list by organization name or id, account name or id, or role; Enter or a click chooses. Object names: the
// button "actingAs", the popup "actingAsPopup", its search field "actingAsSearch" and list "actingAsList".
class ActingAsSelector final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString accountId; // empty: the administrator
        QString accountName;
        QString organizationId; // empty: standalone (or the administrator)
        QString organizationName;
        QString roleLabel; // "payer", "bill-source", "member account", ...
        bool management = false;
    };

    explicit ActingAsSelector(QWidget *parent = nullptr);
    ~ActingAsSelector() override;

    void setEntries(const QList<Entry> &entries);
    void setCurrentAccount(const QString &accountId); // does not emit accountChosen
    QString currentAccount() const { return m_current; }
    QString currentText() const; // what the button says

    void showPopup();
    void hidePopup();
    QWidget *popup() const;
    void setFilterText(const QString &text);
    QList<QString> visibleAccounts() const; // the accounts the list shows now, in order (tests)
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void accountChosen(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &proxyIndex);
    void chooseFirstVisible();
    void updateButton();

    QList<Entry> m_entries;
    QString m_current;
    QToolButton *m_button = nullptr;
    QWidget *m_popup = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace bd
