#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTableView;
class SettingsChangeModel;
struct Settings;

// Shown on a page whose save was refused because another console saved the section since it
// was loaded (DESIGN §6), or whose user asked to review such a save that arrived while they were
// editing (issue 15): both versions side by side, field by field, and the two ways out.
class ConflictPanel : public QFrame {
    Q_OBJECT

public:
    enum class Reason { SaveRefused, ChangedWhileEditing };

    explicit ConflictPanel(QWidget* parent = nullptr);

    void showConflict(const QString& section, const Settings& yours, const Settings& stored,
                      Reason reason = Reason::SaveRefused);
    Reason reason() const { return m_reason; }
    SettingsChangeModel* model() const { return m_model; }

Q_SIGNALS:
    void reloadRequested();
    void overwriteRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Reason m_reason = Reason::SaveRefused;
    SettingsChangeModel* m_model;
    QLabel* m_text;
    QTableView* m_table;
    QPushButton* m_reload;
    QPushButton* m_overwrite;
};
