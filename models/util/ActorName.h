#pragma once

#include <QString>

// Who did something, as events, the settings history and API tokens record it (their `actor`):
// "console:USER" for the console and "cli:USER" for smsotp-cli, USER being the operating-system
// account (SystemUser::name(), "unknown" when none is known), "api:TOKEN" for an API call and
// "server:HOST" for a provider server. Built only here, so a reader (SectionPage's "changed by
// …") can tell them apart again.
class ActorName {
public:
    enum class Kind { Console, CommandLine, Other };

    static QString console();
    static QString commandLine();
    static QString apiToken(const QString& tokenName);
    static QString server(const QString& hostName);
    // What kind of actor `actor` names; `user` gets the account after the prefix (the whole text
    // for Other).
    static Kind kindOf(const QString& actor, QString* user = nullptr);
};
