#pragma once

#include <QString>

// Who did something, as events, the settings history and API tokens record it (their `actor`):
// "console:USER" for the console and "cli:USER" for smsotp-cli, USER being the operating-system
// account (SystemUser::name(), "unknown" when none is known). Built only here, so a reader
// (SectionPage's "changed by …") can tell the two apart again.
class ActorName {
public:
    enum class Kind { Console, CommandLine, Other };

    static QString console();
    static QString commandLine();
    // What kind of actor `actor` names; `user` gets the account after the prefix (the whole text
    // for Other).
    static Kind kindOf(const QString& actor, QString* user = nullptr);
};
