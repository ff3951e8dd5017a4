// Every screen at 1024x700 and at 1920x1080, in every role, checked as a person would look at it: no label,
// button, combo box, column header or cell whose text does not fit (elided text only where the widget is meant to
// elide and its tooltip holds the whole text), no widget outside the visible area, no control reachable only by
// scrolling, no HTML entity in visible text, no window larger than the screen, no dialog that changes size while
// the user types. The renders are kept in the build tree: build/tests/screens/<size>/<role>/<screen>.png
// (build/tests/screens-2x/... for the run at a device pixel ratio of 2, tst_Screens_dpr2).
//
// A new tab or dialog is one more row in screenTable() below: a name, and how to reach it from the main window.
#include "ActingAsSelector.h"
#include "CostDataTab.h"
#include "ElidedLabel.h"
#include "GenerateUsageDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "OrganizationsTab.h"
#include "PricingTab.h"
#include "RelationshipGraph.h"
#include "RuleEditor.h"
#include "TestSupport.h"
#include "TransfersTab.h"
#include "itemmodels/PricingPlansModel.h"
#include "itemmodels/PricingRulesModel.h"
#include "itemmodels/TransfersModel.h"
#include "services/DirectoryService.h"
#include "services/PricingService.h"
#include "services/ScenarioService.h"
#include "services/Services.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace bd;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// The checks. Each returns what is wrong, one line per problem, naming the widget.

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            path.prepend(p->objectName());
            if (path.size() == 2)
                break;
        }
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), path.join(QLatin1Char('/')));
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// What a person reads: rich text rendered to plain text, plain text as it is.
QString visibleText(const QLabel *label)
{
    if (!isRichText(label))
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

const QRegularExpression &entityPattern()
{
    static const QRegularExpression pattern(QStringLiteral("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);"));
    return pattern;
}

void checkEntities(QStringList &problems, const QWidget *w, const QString &text)
{
    if (const auto m = entityPattern().match(text); m.hasMatch())
        problems << QStringLiteral("%1 shows the HTML entity %2 in \"%3\"").arg(describe(w), m.captured(), text);
}

// The widget's content is scrolled inside a scroll area's viewport (so being partly out of sight is normal for
// content, never for a control).
const QWidget *scrollViewportOf(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return p;
    return nullptr;
}

bool insideItemView(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

void checkPlacement(QStringList &problems, const QWidget *w, const QWidget *root)
{
    if (qobject_cast<const QScrollBar *>(w) || w->inherits("QSplitterHandle") || insideItemView(w, root))
        return;
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return;
    const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
    const bool scrolledContent = area && area->viewport() == parent;
    if (!scrolledContent && w != root) {
        // Laid out inside its parent: a widget that sticks out is cut off (its parent is smaller than its layout).
        const QRect inParent(w->pos(), w->size());
        if (!parent->rect().adjusted(-1, -1, 1, 1).contains(inParent))
            problems << QStringLiteral("%1 lies outside its parent %2: %3,%4 %5x%6 in %7x%8")
                            .arg(describe(w), describe(parent))
                            .arg(inParent.x())
                            .arg(inParent.y())
                            .arg(inParent.width())
                            .arg(inParent.height())
                            .arg(parent->width())
                            .arg(parent->height());
    }
    const QRect inRoot(w->mapTo(root, QPoint(0, 0)), w->size());
    if (!scrollViewportOf(w, root) && !root->rect().adjusted(-1, -1, 1, 1).contains(inRoot))
        problems << QStringLiteral("%1 lies outside the window").arg(describe(w));
    if (isControl(w) && !insideItemView(w, root)) {
        if (const QWidget *viewport = scrollViewportOf(w, root)) {
            const QRect inViewport(w->mapTo(viewport, QPoint(0, 0)), w->size());
            if (!viewport->rect().adjusted(-1, -1, 1, 1).contains(inViewport))
                problems << QStringLiteral("%1 is reachable only by scrolling").arg(describe(w));
        }
    }
}

void checkLabel(QStringList &problems, const QLabel *label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    checkEntities(problems, label, visibleText(label));
    if (label->property("elidesWithToolTip").toBool()) {
        // Meant to elide: then the tooltip holds the whole text.
        const auto *elided = qobject_cast<const ElidedLabel *>(label);
        if (elided && elided->isElided() && elided->toolTip() != elided->text())
            problems << QStringLiteral("%1 elides \"%2\" without the whole text in its tooltip")
                            .arg(describe(label), label->text());
        // Eliding is no excuse for showing next to nothing.
        if (elided
            && (elided->contentsRect().width() < 12 * elided->fontMetrics().averageCharWidth()
                || elided->visibleLines(elided->contentsRect().width()).isEmpty()))
            problems << QStringLiteral("%1 is %2 px wide: it shows next to nothing of \"%3\"")
                            .arg(describe(label))
                            .arg(elided->contentsRect().width())
                            .arg(label->text());
        return;
    }
    const QString text = visibleText(label).left(80);
    if (label->wordWrap()) {
        // The longest word must fit the width, and every line the height.
        if (label->minimumSizeHint().width() > label->width() + 1)
            problems << QStringLiteral("%1 is %2 px wide, its longest word needs %3: \"%4\"")
                            .arg(describe(label))
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width())
                            .arg(text);
        if (label->heightForWidth(label->width()) > label->height() + 1)
            problems << QStringLiteral("%1 is %2 px high, its text needs %3: \"%4\"")
                            .arg(describe(label))
                            .arg(label->height())
                            .arg(label->heightForWidth(label->width()))
                            .arg(text);
        return;
    }
    const QSize need = label->sizeHint();
    if (need.width() > label->width() + 1 || need.height() > label->height() + 1)
        problems << QStringLiteral("%1 is %2x%3, its text needs %4x%5: \"%6\"")
                        .arg(describe(label))
                        .arg(label->width())
                        .arg(label->height())
                        .arg(need.width())
                        .arg(need.height())
                        .arg(text);
}

void checkButton(QStringList &problems, const QAbstractButton *button)
{
    if (button->text().isEmpty() || button->inherits("QToolBarExtension"))
        return;
    checkEntities(problems, button, button->text());
    if (button->sizeHint().width() > button->width() + 1)
        problems << QStringLiteral("%1 is %2 px wide, \"%3\" needs %4")
                        .arg(describe(button))
                        .arg(button->width())
                        .arg(button->text())
                        .arg(button->sizeHint().width());
}

void checkCombo(QStringList &problems, const QComboBox *combo)
{
    const QString text = combo->currentText();
    if (text.isEmpty())
        return;
    checkEntities(problems, combo, text);
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.currentText = text;
    const QRect field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const int need
        = combo->fontMetrics().horizontalAdvance(text) + (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : 20);
    if (need > field.width() + 2)
        problems << QStringLiteral("%1 shows \"%2\" in %3 px, it needs %4")
                        .arg(describe(combo), text)
                        .arg(field.width())
                        .arg(need);
}

void checkItemView(QStringList &problems, QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    if (auto *table = qobject_cast<QTableView *>(view)) {
        QHeaderView *h = table->horizontalHeader();
        if (h->isVisible())
            for (int c = 0; c < model->columnCount(); ++c) {
                if (h->isSectionHidden(c))
                    continue;
                const QString title = model->headerData(c, Qt::Horizontal).toString();
                checkEntities(problems, view, title);
                if (h->sectionSize(c) + 1 < h->sectionSizeHint(c))
                    problems << QStringLiteral("%1: the header \"%2\" is %3 px wide, it needs %4")
                                    .arg(describe(view), title)
                                    .arg(h->sectionSize(c))
                                    .arg(h->sectionSizeHint(c));
            }
    }
    // The cells in sight (and their children, for trees): a cut cell must carry its whole text in its tooltip.
    const QRect viewport = view->viewport()->rect();
    std::function<void(const QModelIndex &, int)> visit = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < std::min(model->rowCount(parent), 80); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QRect rect = view->visualRect(index);
                if (rect.isEmpty() || !viewport.intersects(rect))
                    continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                checkEntities(problems, view, text);
                const int need = view->sizeHintForIndex(index).width();
                if (need > rect.width() + 1 && !index.data(Qt::ToolTipRole).toString().contains(text))
                    problems << QStringLiteral("%1: the cell (%2, %3) \"%4\" is cut (%5 px of %6) and its tooltip "
                                               "does not hold it")
                                    .arg(describe(view))
                                    .arg(r)
                                    .arg(c)
                                    .arg(text)
                                    .arg(rect.width())
                                    .arg(need);
            }
            if (depth < 2 && model->hasChildren(model->index(r, 0, parent)))
                visit(model->index(r, 0, parent), depth + 1);
        }
    };
    visit(QModelIndex(), 0);
}

// Everything wrong with a shown window (the main window or a dialog) on a screen of `screen` size.
QStringList problemsOf(QWidget *root, const QSize &screen)
{
    QStringList problems;
    if (root->width() > screen.width() || root->height() > screen.height())
        problems << QStringLiteral("the window is %1x%2, larger than the screen %3x%4")
                        .arg(root->width())
                        .arg(root->height())
                        .arg(screen.width())
                        .arg(screen.height());
    const QSize minimum = root->minimumSizeHint().expandedTo(root->minimumSize());
    if (minimum.width() > screen.width() || minimum.height() > screen.height())
        problems << QStringLiteral("the window needs at least %1x%2, more than the screen %3x%4")
                        .arg(minimum.width())
                        .arg(minimum.height())
                        .arg(screen.width())
                        .arg(screen.height());
    checkEntities(problems, root, root->windowTitle());
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root || w->width() <= 0 || w->height() <= 0)
            continue;
        if (w->objectName() == QLatin1String("qt_toolbar_ext_button"))
            problems << QStringLiteral("the toolbar %1 hides some of its items behind its extension button")
                            .arg(describe(w->parentWidget()));
        checkPlacement(problems, w, root);
        if (insideItemView(w, root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(problems, label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(problems, button);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(problems, combo);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            checkItemView(problems, view);
        else if (auto *graph = qobject_cast<RelationshipGraph *>(w)) {
            // Its text is drawn in the UI font at 100 % or more: the picture never shrinks below that.
            if (graph->scale() < 1.0)
                problems << QStringLiteral("%1 draws at %2 %, its text smaller than the UI font")
                                .arg(describe(graph))
                                .arg(graph->scale() * 100, 0, 'f', 0);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            checkEntities(problems, edit, edit->text());
            checkEntities(problems, edit, edit->placeholderText());
        }
    }
    problems.removeDuplicates();
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The screens.

struct Role
{
    QString name;
    QString account; // empty: the administrator
};

const QList<Role> &roles()
{
    static const QList<Role> list {
        {QStringLiteral("administrator"), QString()},
        {QStringLiteral("payer"), QStringLiteral("401825736190")}, // Northwind Holdings
        {QStringLiteral("bill-source"), QStringLiteral("517203948261")}, // Northwind UK
        {QStringLiteral("chain-middle"), QStringLiteral("840536271594")}, // Cloudreach Partners
    };
    return list;
}

const QList<QSize> &sizes()
{
    static const QList<QSize> list {{1024, 700}, {1920, 1080}};
    return list;
}

// What a screen row gets to work with.
struct Context
{
    MainWindow &window;
    QSize screen;
    QStringList problems;
    QString skip; // set when the screen cannot be reached in this role (the button is disabled, with its reason)
    QList<std::pair<QString, QWidget *>> shots; // what to keep as pictures (name suffix, widget)
    std::function<void(QWidget *, const QString &)> inspect; // checks a shown window and keeps its picture
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// Clicks a button whose slot runs a modal dialog; `inspect` runs while the dialog is open, then it is closed.
void withModal(Context &c, QAbstractButton *button, const std::function<void(QDialog *)> &inspect)
{
    if (!button->isVisible() || !button->isEnabled()) {
        c.skip = QStringLiteral("%1 is not available in this role: %2").arg(button->objectName(), button->toolTip());
        return;
    }
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        QTest::qWait(60); // let it lay itself out
        inspect(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    button->click();
    if (!seen)
        c.problems << QStringLiteral("%1 opened no dialog").arg(button->objectName());
}

void withModalAction(Context &c, QAction *action, const std::function<void(QDialog *)> &inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        QTest::qWait(60);
        inspect(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    action->trigger();
    if (!seen)
        c.problems << QStringLiteral("%1 opened no dialog").arg(action->objectName());
}

// Types into a field as a person does (so that validation runs), and checks that the dialog keeps its size.
void typeInto(Context &c, QDialog *dialog, const char *field, const QString &text)
{
    const QSize before = dialog->size();
    auto *edit = child<QLineEdit>(dialog, field);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar ch : text) { // one key at a time, as typed (also letters no key code stands for)
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(edit, &press);
    }
    QTest::qWait(30);
    if (dialog->size() != before)
        c.problems << QStringLiteral("the dialog changed size from %1x%2 to %3x%4 while typing into %5")
                          .arg(before.width())
                          .arg(before.height())
                          .arg(dialog->size().width())
                          .arg(dialog->size().height())
                          .arg(QLatin1String(field));
}

// The Organizations tab on the acting account's own organization (the one it may edit).
void selectOwnOrganization(MainWindow &w)
{
    w.selectTab(QStringLiteral("organizationsTab"));
    if (const auto own = w.services().directory().organizationOf(w.services().actingAccountId()))
        w.findChild<OrganizationsTab *>()->selectOrganization(own->id);
}

TransfersTab *transfersTab(MainWindow &w)
{
    w.selectTab(QStringLiteral("transfersTab"));
    return w.findChild<TransfersTab *>();
}

// Selects the first transfer of the acting account for which `button` is enabled (else leaves the selection).
void selectTransferFor(MainWindow &w, const char *button)
{
    TransfersTab *tab = transfersTab(w);
    auto *b = child<QPushButton>(tab, button);
    for (QTableView *table : {child<QTableView>(tab, "inboundTable"), child<QTableView>(tab, "outboundTable")})
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            tab->selectTransfer(table->model()->index(r, 0).data(TransfersModel::IdRole).toString());
            if (b->isVisible() && b->isEnabled())
                return;
        }
}

struct Screen
{
    QString name;
    std::function<void(Context &)> show; // brings the screen up and calls c.inspect on each window to check
};

QList<Screen> screenTable()
{
    auto tab = [](const char *name) {
        return [name](Context &c) {
            QVERIFY(c.window.selectTab(QLatin1String(name)));
            QTest::qWait(50);
            c.inspect(&c.window, QString());
        };
    };
    return {
        {QStringLiteral("organizations"), tab("organizationsTab")},
        {QStringLiteral("transfers"), tab("transfersTab")},
        {QStringLiteral("cost-data"), tab("costDataTab")},
        {QStringLiteral("pricing-groups"), tab("pricingTab")},
        {QStringLiteral("pricing-plans"),
         [](Context &c) {
             QVERIFY(c.window.selectTab(QStringLiteral("pricingTab")));
             auto *tab = c.window.findChild<PricingTab *>();
             tab->showPage(PricingTab::PlansPage);
             QTest::qWait(50);
             c.inspect(&c.window, QString());
             // A custom plan with a rule, the rule editor on it, and a refused percent (when the role has plans).
             PricingService &pricing = c.window.services().pricing();
             auto plan = pricing.addPlan(QStringLiteral("Screens \"Partner\" & Co"), QStringLiteral("For the screens"));
             if (!plan.ok()) {
                 tab->showPage(PricingTab::GroupsPage);
                 return;
             }
             PricingRule rule;
             rule.name = QStringLiteral("EC2 partner discount");
             rule.scope = PricingRuleScope::Service;
             rule.type = PricingRuleType::Discount;
             rule.service = QStringLiteral("AmazonEC2");
             rule.modifierPercent = Decimal::fromInt(10);
             auto added = pricing.addRule(plan->id, rule);
             tab->selectPlan(plan->id);
             if (added.ok())
                 tab->selectRule(added->id);
             QTest::qWait(50);
             c.inspect(&c.window, QStringLiteral("-custom"));
             auto *percent = child<QLineEdit>(tab, "rulePercent");
             percent->setText(QStringLiteral("150"));
             Q_EMIT percent->textEdited(percent->text());
             tab->refreshPreviewNow();
             QTest::qWait(50);
             c.inspect(&c.window, QStringLiteral("-refused"));
             tab->ruleEditor()->revert();
             if (added.ok())
                 (void)pricing.removeRule(added->id);
             (void)pricing.removePlan(plan->id);
             tab->showPage(PricingTab::GroupsPage);
         }},
        {QStringLiteral("pricing-line-items"),
         [](Context &c) {
             QVERIFY(c.window.selectTab(QStringLiteral("pricingTab")));
             auto *tab = c.window.findChild<PricingTab *>();
             tab->showPage(PricingTab::LineItemsPage);
             QTest::qWait(50);
             c.inspect(&c.window, QString());
             tab->showPage(PricingTab::GroupsPage);
         }},
        {QStringLiteral("new-plan"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("pricingTab"));
             auto *tab = c.window.findChild<PricingTab *>();
             tab->showPage(PricingTab::PlansPage);
             withModal(c, child<QPushButton>(tab, "addPlanButton"), [&](QDialog *d) {
                 c.inspect(d, QString());
                 typeInto(c, d, "name", QStringLiteral(" "));
                 c.inspect(d, QStringLiteral("-refusals"));
             });
             tab->showPage(PricingTab::GroupsPage);
         }},
        {QStringLiteral("custom-line-item"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("pricingTab"));
             auto *tab = c.window.findChild<PricingTab *>();
             tab->showPage(PricingTab::LineItemsPage);
             withModal(c, child<QPushButton>(tab, "addLineItemButton"), [&](QDialog *d) {
                 c.inspect(d, QString());
                 typeInto(c, d, "name", QStringLiteral("Managed service fee"));
                 typeInto(c, d, "amount", QStringLiteral("abc"));
                 c.inspect(d, QStringLiteral("-refusals"));
             });
             tab->showPage(PricingTab::GroupsPage);
         }},
        {QStringLiteral("standard-group"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("pricingTab"));
             auto *tab = c.window.findChild<PricingTab *>();
             withModal(c, child<QPushButton>(tab, "addStandardGroupButton"),
                       [&](QDialog *d) { c.inspect(d, QString()); });
         }},
        {QStringLiteral("acting-as"),
         [](Context &c) {
             ActingAsSelector *selector = c.window.actingAsSelector();
             selector->showPopup();
             QTest::qWait(50);
             c.inspect(selector->popup(), QString());
             selector->setFilterText(QStringLiteral("northwind"));
             QTest::qWait(30);
             c.inspect(selector->popup(), QStringLiteral("-search"));
             selector->hidePopup();
         }},
        {QStringLiteral("send-invitation"),
         [](Context &c) {
             TransfersTab *tab = transfersTab(c.window);
             withModal(c, child<QPushButton>(tab, "sendInvitationButton"), [&](QDialog *d) {
                 c.inspect(d, QString());
                 // Reasons appear in their reserved lines: nothing moves.
                 typeInto(c, d, "target", QStringLiteral("12345"));
                 typeInto(c, d, "name", QStringLiteral("Caf\u00e9 \"Summit\" & Co"));
                 typeInto(c, d, "tags", QStringLiteral("cost center"));
                 c.inspect(d, QStringLiteral("-refusals"));
             });
         }},
        {QStringLiteral("withdraw"),
         [](Context &c) {
             selectTransferFor(c.window, "withdrawButton");
             withModal(c, child<QPushButton>(transfersTab(c.window), "withdrawButton"),
                       [&](QDialog *d) { c.inspect(d, QString()); });
         }},
        {QStringLiteral("rename"),
         [](Context &c) {
             selectTransferFor(c.window, "renameButton");
             withModal(c, child<QPushButton>(transfersTab(c.window), "renameButton"), [&](QDialog *d) {
                 typeInto(c, d, "name", QString(129, QLatin1Char('x')));
                 c.inspect(d, QString());
             });
         }},
        {QStringLiteral("pricing"),
         [](Context &c) {
             selectTransferFor(c.window, "pricingButton");
             withModal(c, child<QPushButton>(transfersTab(c.window), "pricingButton"),
                       [&](QDialog *d) { c.inspect(d, QString()); });
         }},
        {QStringLiteral("renamed-message"),
         [](Context &c) {
             // A message with quotes and an ampersand in the message bar, as plain text; then undone.
             selectTransferFor(c.window, "renameButton");
             TransfersTab *tab = transfersTab(c.window);
             withModal(c, child<QPushButton>(tab, "renameButton"), [&](QDialog *d) {
                 child<QLineEdit>(d, "name")->setText(QStringLiteral("Summit \"Peak\" & Co"));
                 d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
             });
             if (!c.skip.isEmpty())
                 return;
             QTest::qWait(30);
             const QString shown = tab->messageBar()->text();
             if (!shown.contains(QLatin1String("\"Summit \"Peak\" & Co\"")))
                 c.problems << QStringLiteral("the message bar says \"%1\"").arg(shown);
             c.inspect(&c.window, QString());
             c.window.undoStack()->undo();
         }},
        {QStringLiteral("new-organization"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("organizationsTab"));
             withModal(c, child<QPushButton>(&c.window, "newOrganizationButton"), [&](QDialog *d) {
                 c.inspect(d, QString());
                 typeInto(c, d, "id", QStringLiteral("o-x"));
                 typeInto(c, d, "name", QStringLiteral(" "));
                 typeInto(c, d, "management-account", QStringLiteral("1234567890123"));
                 typeInto(c, d, "email", QStringLiteral("billing at example"));
                 typeInto(c, d, "country", QStringLiteral("XX"));
                 c.inspect(d, QStringLiteral("-refusals"));
                 // Fixed again: the reasons go, and no blank band stays (the size never changed).
                 typeInto(c, d, "id", QStringLiteral("o-abcdefghij"));
                 typeInto(c, d, "name", QStringLiteral("Example"));
                 typeInto(c, d, "management-account", QStringLiteral("123456789012"));
                 typeInto(c, d, "email", QStringLiteral("billing@example.com"));
                 typeInto(c, d, "country", QStringLiteral("US"));
                 c.inspect(d, QStringLiteral("-fixed"));
             });
         }},
        {QStringLiteral("edit-organization"),
         [](Context &c) {
             selectOwnOrganization(c.window);
             withModal(c, child<QPushButton>(&c.window, "editOrganizationButton"),
                       [&](QDialog *d) { c.inspect(d, QString()); });
         }},
        {QStringLiteral("new-account"),
         [](Context &c) {
             selectOwnOrganization(c.window);
             withModal(c, child<QPushButton>(&c.window, "addAccountButton"), [&](QDialog *d) {
                 typeInto(c, d, "id", QStringLiteral("12"));
                 c.inspect(d, QString());
             });
         }},
        {QStringLiteral("import"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("costDataTab"));
             auto *tab = c.window.findChild<CostDataTab *>();
             QDialog *d = tab->openImportDialog();
             if (!d) {
                 c.skip = QStringLiteral("a bill-source organization does not import cost data");
                 return;
             }
             QTest::qWait(60);
             c.inspect(d, QString());
             d->close();
         }},
        {QStringLiteral("generate-usage"),
         [](Context &c) {
             c.window.selectTab(QStringLiteral("costDataTab"));
             auto *tab = c.window.findChild<CostDataTab *>();
             QDialog *d = tab->openGenerateDialog();
             if (!d) {
                 c.skip = QStringLiteral("a bill-source organization does not load cost data");
                 return;
             }
             QTest::qWait(60);
             c.inspect(d, QString());
             d->close();
         }},
        {QStringLiteral("pick-date"),
         [](Context &c) {
             withModalAction(c, c.window.findChild<QAction *>(QStringLiteral("actionPickDate")),
                             [&](QDialog *d) { c.inspect(d, QString()); });
         }},
    };
}

} // namespace

class tst_Screens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screens_data();
    void screens();
    void cleanupTestCase();

private:
    MainWindow &windowFor(const QSize &size, const QString &account);

    QTemporaryDir m_dir;
    QString m_database;
    QString m_shots;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowKey;
};

void tst_Screens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    MessageBox::setNonInteractive(true);
    m_database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        Services::OpenOptions options;
        options.location = m_database;
        auto opened = Services::open(options);
        QVERIFY(opened.ok());
        QVERIFY(ScenarioService(*opened.value()).loadDemo().ok());
    }
    const qreal ratio = qApp->devicePixelRatio();
    m_shots = QStringLiteral(QT_TESTCASE_BUILDDIR)
        + (ratio > 1.5 ? QStringLiteral("/screens-2x") : QStringLiteral("/screens"));
    QDir(m_shots).removeRecursively();
    QVERIFY(QDir().mkpath(m_shots));
    qInfo("Screens are kept in %s (device pixel ratio %.1f)", qPrintable(m_shots), ratio);
}

void tst_Screens::cleanupTestCase()
{
    m_window.reset();
}

MainWindow &tst_Screens::windowFor(const QSize &size, const QString &account)
{
    const QString key = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(account);
    if (m_windowKey != key) {
        m_window.reset();
        QSettings().clear(); // first-run sizes, as a newcomer sees them
        Services::OpenOptions options;
        options.location = m_database;
        options.mustExist = true;
        auto opened = Services::open(options);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().describe()));
        m_window = std::make_unique<MainWindow>(std::move(opened).value());
        m_window->showBanner(
            QStringLiteral("You are looking at demo data. Demo > Reset or File > New to start your own."));
        m_window->setActingAccount(account);
        m_window->resize(size);
        m_window->show();
        QTest::qWait(150);
        m_windowKey = key;
    }
    return *m_window;
}

void tst_Screens::screens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("screen");
    const QList<Screen> table = screenTable();
    for (const QSize &size : sizes())
        for (const Role &role : roles())
            for (int i = 0; i < table.size(); ++i)
                QTest::addRow("%dx%d %s %s", size.width(), size.height(), qPrintable(role.name),
                              qPrintable(table.at(i).name))
                    << size << role.name << role.account << i;
}

void tst_Screens::screens()
{
    QFETCH(QSize, size);
    QFETCH(QString, role);
    QFETCH(QString, account);
    QFETCH(int, screen);
    const Screen entry = screenTable().at(screen);
    MainWindow &window = windowFor(size, account);
    Context c {window, size, {}, {}, {}, {}};
    if (window.size() != size)
        c.problems << QStringLiteral("the main window is %1x%2, not %3x%4 (its minimum is %5x%6)")
                          .arg(window.width())
                          .arg(window.height())
                          .arg(size.width())
                          .arg(size.height())
                          .arg(window.minimumSizeHint().width())
                          .arg(window.minimumSizeHint().height());
    const QString folder = QStringLiteral("%1/%2x%3/%4").arg(m_shots).arg(size.width()).arg(size.height()).arg(role);
    QDir().mkpath(folder);
    c.inspect = [&](QWidget *w, const QString &suffix) {
        QCoreApplication::processEvents();
        for (const QString &p : problemsOf(w, size))
            c.problems << (suffix.isEmpty() ? p : QStringLiteral("(%1) %2").arg(suffix.mid(1), p));
        w->grab().save(QStringLiteral("%1/%2%3.png").arg(folder, entry.name, suffix));
    };
    entry.show(c);
    if (QTest::currentTestFailed())
        return;
    if (!c.skip.isEmpty() && c.problems.isEmpty())
        QSKIP(qPrintable(c.skip));
    QVERIFY2(c.problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + c.problems.join(QStringLiteral("\n  "))));
}

// The screens are judged on a large virtual screen (1920x1080 logical pixels, times QT_SCALE_FACTOR physical), so
// that Qt's own placement never limits a window: the checks compare against the size under test.
int main(int argc, char **argv)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    std::unique_ptr<QTemporaryDir> config;
    if (platform == "offscreen") {
        config = std::make_unique<QTemporaryDir>();
        const double factor
            = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qgetenv("QT_SCALE_FACTOR").toDouble() : 1.0;
        QFile file(config->filePath(QStringLiteral("screens.json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(QStringLiteral("{\"screens\": [{\"name\": \"screen\", \"x\": 0, \"y\": 0, \"width\": %1, "
                                      "\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96}]}")
                           .arg(int(1920 * factor))
                           .arg(int(1080 * factor))
                           .toUtf8());
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    tst_Screens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_Screens.moc"
