#include "ActingAsSelector.h"

#include "itemmodels/ModelStyle.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace bd {

namespace {

constexpr int AccountRole = Qt::UserRole + 1; // the account id (set on choosable rows only)
constexpr int ChoosableRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3; // everything a search may match

// Shows a row when it matches, when its organization matches (all its accounts), or when one of its accounts
// matches (the organization as the group heading).
class GroupFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString &text = m_text;
        if (text.isEmpty())
            return true;
        auto matches = [&](const QModelIndex &index) {
            return index.data(SearchRole).toString().contains(text, Qt::CaseInsensitive);
        };
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (matches(index) || (parent.isValid() && matches(parent)))
            return true;
        for (int r = 0; r < sourceModel()->rowCount(index); ++r)
            if (matches(sourceModel()->index(r, 0, index)))
                return true;
        return false;
    }

private:
    QString m_text;
};

} // namespace

ActingAsSelector::ActingAsSelector(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("actingAs"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setArrowType(Qt::NoArrow);
    m_button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid #b9c2cc; border-radius: 3px; "
                                           "padding: 3px 22px 3px 8px; background: white; text-align: left; }"
                                           "QToolButton::menu-indicator { image: none; }"));
    layout->addWidget(m_button);
    auto *arrow = new QLabel(QStringLiteral("\u25be"), m_button);
    arrow->setObjectName(QStringLiteral("actingAsArrow"));
    arrow->setAttribute(Qt::WA_TransparentForMouseEvents);
    arrow->move(0, 0);
    m_button->installEventFilter(this);
    connect(m_button, &QToolButton::clicked, this, &ActingAsSelector::showPopup);

    m_model = new QStandardItemModel(this);
    m_proxy = new GroupFilter(this);
    m_proxy->setSourceModel(m_model);

    m_popup = new QWidget(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("actingAsPopup"));
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(6, 6, 6, 6);
    popupLayout->setSpacing(4);
    m_search = new QLineEdit(m_popup);
    m_search->setObjectName(QStringLiteral("actingAsSearch"));
    m_search->setPlaceholderText(tr("Search organization, account, id or role..."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QTreeView(m_popup);
    m_list->setObjectName(QStringLiteral("actingAsList"));
    m_list->setModel(m_proxy);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setIndentation(18);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->installEventFilter(this);
    popupLayout->addWidget(m_search);
    popupLayout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<GroupFilter *>(m_proxy)->setText(text);
        m_list->expandAll();
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            const QModelIndex group = m_proxy->index(r, 0);
            if (group.data(ChoosableRole).toBool() || m_proxy->rowCount(group) > 0) {
                const QModelIndex first = group.data(ChoosableRole).toBool() ? group : m_proxy->index(0, 0, group);
                m_list->setCurrentIndex(first);
                break;
            }
        }
    });
    connect(m_list, &QTreeView::clicked, this, &ActingAsSelector::choose);
    connect(m_list, &QTreeView::activated, this, &ActingAsSelector::choose);
}

ActingAsSelector::~ActingAsSelector() = default;

void ActingAsSelector::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_model->clear();
    m_model->setColumnCount(2);
    QHash<QString, QStandardItem *> groups;
    QFont bold = font();
    bold.setBold(true);
    for (const Entry &e : entries) {
        auto *account = new QStandardItem;
        auto *role = new QStandardItem(e.roleLabel);
        role->setForeground(style::mutedTextColor());
        const QString search
            = QStringList {e.accountId, e.accountName, e.organizationId, e.organizationName, e.roleLabel}.join(
                QLatin1Char(' '));
        for (QStandardItem *i : {account, role}) {
            i->setData(e.accountId, AccountRole);
            i->setData(true, ChoosableRole);
            i->setData(search, SearchRole);
            i->setEditable(false);
        }
        if (e.accountId.isEmpty()) {
            account->setText(tr("Administrator (set-up, no organization)"));
            m_model->appendRow({account, role});
            continue;
        }
        account->setText(tr("%1  %2").arg(e.accountId, e.accountName));
        account->setToolTip(tr("%1\n%2, %3").arg(account->text(), e.organizationName, e.roleLabel));
        account->setFont(style::tabularFont());
        if (e.management)
            role->setFont(bold);
        const QString groupKey = e.organizationId;
        QStandardItem *group = groups.value(groupKey);
        if (!group) {
            group = new QStandardItem(e.organizationId.isEmpty()
                                          ? tr("Standalone accounts")
                                          : tr("%1 \u00b7 %2").arg(e.organizationName, e.organizationId));
            group->setFont(bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setData(false, ChoosableRole);
            group->setData(QStringList {e.organizationId, e.organizationName}.join(QLatin1Char(' ')), SearchRole);
            auto *spacer = new QStandardItem;
            spacer->setFlags(Qt::ItemIsEnabled);
            m_model->appendRow({group, spacer});
            groups.insert(groupKey, group);
        }
        group->appendRow({account, role});
    }
    m_list->expandAll();
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (!m_model->item(r)->data(ChoosableRole).toBool())
            m_list->setFirstColumnSpanned(r, QModelIndex(), true);
    updateButton();
}

void ActingAsSelector::setCurrentAccount(const QString &accountId)
{
    m_current = accountId;
    updateButton();
}

QString ActingAsSelector::currentText() const
{
    return m_button->text();
}

void ActingAsSelector::updateButton()
{
    QString text = tr("Administrator (set-up, no organization)");
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.accountId != m_current || e.accountId.isEmpty())
            continue;
        text = e.management
            ? tr("%1 (%2), %3").arg(e.organizationName, e.accountId, e.roleLabel)
            : tr("%1 (%2) of %3, %4")
                  .arg(e.accountName, e.accountId,
                       e.organizationId.isEmpty() ? tr("no organization") : e.organizationName, e.roleLabel);
    }
    m_button->setText(text);
    m_button->setToolTip(tr("Acting as %1. Click to choose another account (searchable).").arg(text));
}

bool ActingAsSelector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button && event->type() == QEvent::Resize) {
        if (auto *arrow = m_button->findChild<QLabel *>(QStringLiteral("actingAsArrow"))) {
            arrow->adjustSize();
            arrow->move(m_button->width() - arrow->width() - 8, (m_button->height() - arrow->height()) / 2);
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        m_list->setFocus();
        QApplication::sendEvent(m_list, event);
        return true;
    }
    if ((watched == m_search || watched == m_list) && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        if (watched == m_list && m_list->currentIndex().isValid())
            choose(m_list->currentIndex());
        else
            chooseFirstVisible();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ActingAsSelector::showPopup()
{
    m_search->clear();
    m_list->expandAll();
    // Where the current account is, so that the list opens on it.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex top = m_proxy->index(r, 0);
        if (top.data(ChoosableRole).toBool() && top.data(AccountRole).toString() == m_current)
            m_list->setCurrentIndex(top);
        for (int c = 0; c < m_proxy->rowCount(top); ++c)
            if (m_proxy->index(c, 0, top).data(AccountRole).toString() == m_current)
                m_list->setCurrentIndex(m_proxy->index(c, 0, top));
    }
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    const QPoint below = m_button->mapToGlobal(QPoint(0, m_button->height()));
    const int rows = m_model->rowCount() + [this] {
        int n = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            n += m_model->item(r)->rowCount();
        return n;
    }();
    const int wanted = m_search->sizeHint().height() + rows * (m_list->sizeHintForRow(0) + 1) + 24;
    const int height = std::clamp(wanted, 160, std::max(160, std::min(520, available.bottom() - below.y() - 8)));
    const int width = std::clamp(std::max(m_button->width(), 600), 320, std::max(320, available.width() - 16));
    m_popup->resize(width, height);
    m_popup->move(std::clamp(below.x(), available.left(), std::max(available.left(), available.right() - width)),
                  below.y());
    m_popup->show();
    m_search->setFocus();
    m_list->scrollTo(m_list->currentIndex());
}

void ActingAsSelector::hidePopup()
{
    m_popup->hide();
}

QWidget *ActingAsSelector::popup() const
{
    return m_popup;
}

void ActingAsSelector::setFilterText(const QString &text)
{
    m_search->setText(text);
}

QList<QString> ActingAsSelector::visibleAccounts() const
{
    QList<QString> result;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex top = m_proxy->index(r, 0);
        if (top.data(ChoosableRole).toBool())
            result << top.data(AccountRole).toString();
        for (int c = 0; c < m_proxy->rowCount(top); ++c)
            result << m_proxy->index(c, 0, top).data(AccountRole).toString();
    }
    return result;
}

void ActingAsSelector::choose(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !proxyIndex.data(ChoosableRole).toBool())
        return;
    const QString account = proxyIndex.data(AccountRole).toString();
    hidePopup();
    if (account != m_current)
        Q_EMIT accountChosen(account);
}

void ActingAsSelector::chooseFirstVisible()
{
    if (m_list->currentIndex().isValid() && m_list->currentIndex().data(ChoosableRole).toBool()) {
        choose(m_list->currentIndex());
        return;
    }
    const QList<QString> visible = visibleAccounts();
    if (visible.isEmpty())
        return;
    hidePopup();
    if (visible.first() != m_current)
        Q_EMIT accountChosen(visible.first());
}

} // namespace bd
