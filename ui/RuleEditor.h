#pragma once

#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class ElidedLabel;
class Services;

// The rule of a custom plan being edited, in place under the rules table: name, scope, type, percent, service,
// billing entity, usage type, operation and free tier. Service codes, usage types and operations are editable combo
// boxes with completion over what PricingService knows (the catalogue and what the cost data holds). Every keystroke
// is checked by PricingService::checkRule (the same checks addRule and editRule make); the offending field gets a red
// outline and the reason on the line reserved under it, and Save stays disabled until the rule passes. Fields the
// scope and type do not use are disabled. draftChanged() fires on every edit, so the what-if preview follows.
//
// Object names: ruleName, ruleScope, ruleType, rulePercent, ruleService, ruleBillingEntity, ruleUsageType,
// ruleOperation, ruleFreeTier; each field's reason is <name>Error; the buttons saveRuleButton and revertRuleButton.
class RuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(Services &services, QWidget *parent = nullptr);

    // The plan whose rules are edited (empty or AWS-managed: read-only, nothing to edit).
    void setPlan(const PricingPlan &plan);
    void editRule(const PricingRule &rule); // a stored rule: Save edits it
    void newRule(); // a new draft: Save adds it
    void clearRule(); // nothing selected

    bool hasRule() const { return m_active; }
    bool isNew() const { return m_active && m_original.id.isEmpty(); }
    bool isDirty() const; // the fields differ from the stored rule (a new rule is always dirty)
    bool isValid() const { return m_valid; }
    PricingRule draft() const; // the rule the fields describe
    PricingRule original() const { return m_original; }
    QString planId() const { return m_plan.id; }
    // The reason the rule is refused (empty when it passes).
    QString problem() const { return m_problem; }
    // Shows a refusal of the service in place (after a save): under its field, else on the summary line.
    void showError(const Error &error);
    // The completion lists (for tests): service codes, usage types and operations offered now.
    QStringList offeredServices() const;
    QStringList offeredUsageTypes() const;
    QStringList offeredOperations() const;

public Q_SLOTS:
    void revert();

Q_SIGNALS:
    void draftChanged();
    void saveRequested();

private:
    void load(const PricingRule &rule);
    void updateEnabled();
    void revalidate();
    void markField(const QString &field, const QString &message);
    void refillUsageTypes();
    void refillOperations();
    void edited();

    Services &m_services;
    PricingPlan m_plan;
    PricingRule m_original;
    bool m_active = false;
    bool m_loading = false;
    bool m_valid = false;
    QString m_problem;

    QLineEdit *m_name = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_percent = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_billingEntity = nullptr;
    QComboBox *m_usageType = nullptr;
    QComboBox *m_operation = nullptr;
    QCheckBox *m_freeTier = nullptr;
    QLabel *m_title = nullptr;
    ElidedLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    struct Field
    {
        QWidget *widget = nullptr;
        ElidedLabel *error = nullptr;
        QString hint;
    };
    QHash<QString, Field> m_fields; // by the service's field name
};

} // namespace bd
