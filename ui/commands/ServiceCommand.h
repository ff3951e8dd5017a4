#pragma once

#include "domain/Result.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace bd {

// An undoable edit: one service call forward, one back. run() performs the forward call at once and pushes
// the command only when it succeeded, so a refused action never lands on the undo stack. A later undo or redo
// that the services refuse (the world changed meanwhile) reports through onError and makes the command obsolete.
class ServiceCommand final : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    using ErrorSink = std::function<void(const Error &)>;

    static Status run(QUndoStack *stack, const QString &text, Action forward, Action backward, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    ServiceCommand(const QString &text, Action forward, Action backward, ErrorSink onError);

    Action m_forward;
    Action m_backward;
    ErrorSink m_onError;
    bool m_skipFirstRedo = true;
};

} // namespace bd
