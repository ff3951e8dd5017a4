#pragma once

#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QHash>
#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace bd {

class PricingService;

// Ids that an undo or a redo changes: a removed rule that Undo adds back is a new rule with a new id, and so is a plan,
// a billing group or a custom line item that Redo creates again. Every pricing command resolves the ids it holds
// through this map, so the commands further up or down the stack still find what they refer to.
class PricingIds final
{
public:
    QString resolve(const QString &id) const;
    QStringList resolve(const QStringList &ids) const;
    void replaced(const QString &before, const QString &after);

private:
    QHash<QString, QString> m_next;
};

// The Pricing tab's undoable edits (Edit > Undo, Edit > Redo on the main window's stack). Each one is one
// PricingService call forward and one back: push() makes the forward call at once and puts the command on the stack
// only when the service accepted it, so a refused edit never lands there. An undo or redo that the service refuses
// later (the world moved on) goes to onError and makes the command obsolete.
class PricingCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const Error &)>;
    struct Context
    {
        PricingService *service = nullptr;
        std::shared_ptr<PricingIds> ids;
        ErrorSink onError;
    };

    // Runs the command's forward call; on success pushes it onto stack (which then owns it), else deletes it.
    static Status push(QUndoStack *stack, PricingCommand *command);

    void redo() final;
    void undo() final;

protected:
    PricingCommand(const Context &context, const QString &text);
    virtual Status forward() = 0;
    virtual Status backward() = 0;

    PricingService &service() const { return *m_context.service; }
    PricingIds &ids() const { return *m_context.ids; }

private:
    Context m_context;
    bool m_skipFirstRedo = true;
};

// A custom plan: its name and description.
class AddPlanCommand final : public PricingCommand
{
public:
    AddPlanCommand(const Context &context, const QString &name, const QString &description);
    QString planId() const; // once pushed

private:
    Status forward() override;
    Status backward() override;
    QString m_name;
    QString m_description;
    QString m_id;
};

class UpdatePlanCommand final : public PricingCommand
{
public:
    UpdatePlanCommand(const Context &context, const PricingPlan &before, const QString &name,
                      const QString &description);

private:
    Status forward() override;
    Status backward() override;
    QString m_id;
    QString m_beforeName, m_beforeDescription, m_afterName, m_afterDescription;
};

// Removes a custom plan with its rules; Undo adds the plan back and then each of its rules (the service has no call
// that restores a plan with its rules at once: one call per rule).
class RemovePlanCommand final : public PricingCommand
{
public:
    RemovePlanCommand(const Context &context, const PricingPlan &plan);

private:
    Status forward() override;
    Status backward() override;
    PricingPlan m_plan;
};

class AddRuleCommand final : public PricingCommand
{
public:
    AddRuleCommand(const Context &context, const QString &planId, const PricingRule &rule);
    QString ruleId() const;

private:
    Status forward() override;
    Status backward() override;
    QString m_planId;
    PricingRule m_rule;
    QString m_id;
};

class EditRuleCommand final : public PricingCommand
{
public:
    EditRuleCommand(const Context &context, const PricingRule &before, const PricingRule &after);

private:
    Status forward() override;
    Status backward() override;
    PricingRule m_before;
    PricingRule m_after;
};

class RemoveRuleCommand final : public PricingCommand
{
public:
    RemoveRuleCommand(const Context &context, const PricingRule &rule);

private:
    Status forward() override;
    Status backward() override;
    PricingRule m_rule;
};

// A billing group's plan, from the current billing period on (closed periods keep theirs).
class SetGroupPlanCommand final : public PricingCommand
{
public:
    SetGroupPlanCommand(const Context &context, const QString &groupId, const QString &before, const QString &after);

private:
    Status forward() override;
    Status backward() override;
    QString m_groupId;
    QString m_before;
    QString m_after;
};

class AddStandardGroupCommand final : public PricingCommand
{
public:
    AddStandardGroupCommand(const Context &context, const QString &name, const QStringList &accountIds,
                            const QString &plan);
    QString groupId() const;

private:
    Status forward() override;
    Status backward() override;
    QString m_name;
    QStringList m_accounts;
    QString m_plan;
    QString m_id;
};

class AddLineItemCommand final : public PricingCommand
{
public:
    AddLineItemCommand(const Context &context, const CustomLineItem &item);
    QString itemId() const;

private:
    Status forward() override;
    Status backward() override;
    CustomLineItem m_item;
    QString m_id;
};

class EditLineItemCommand final : public PricingCommand
{
public:
    EditLineItemCommand(const Context &context, const CustomLineItem &before, const CustomLineItem &after);

private:
    Status forward() override;
    Status backward() override;
    CustomLineItem m_before;
    CustomLineItem m_after;
};

class RemoveLineItemCommand final : public PricingCommand
{
public:
    RemoveLineItemCommand(const Context &context, const CustomLineItem &item);

private:
    Status forward() override;
    Status backward() override;
    CustomLineItem m_item;
};

} // namespace bd
