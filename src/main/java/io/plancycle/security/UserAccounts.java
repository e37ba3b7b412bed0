package io.plancycle.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The flags PlanCycle keeps on a user beside the engine's identity store ({@link UserAccount}). */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;

    UserAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Every user with flags of their own, by user id; a user not here is an enabled local user. */
    @Transactional(readOnly = true)
    public Map<String, UserAccount> all() {
        return accounts.findAll().stream().collect(Collectors.toMap(UserAccount::getUserId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public UserAccount of(String userId) {
        return accounts.findById(userId).orElseGet(() -> new UserAccount(userId));
    }

    /** Disables or enables the account; true when that changed anything. */
    @Transactional
    public boolean setDisabled(String userId, boolean disabled) {
        UserAccount account = of(userId);
        if (account.isDisabled() == disabled) {
            return false;
        }
        account.setDisabled(disabled);
        accounts.save(account);
        return true;
    }

    /** Marks the user as signing in against the city's directory. */
    @Transactional
    public void markDirectory(String userId) {
        UserAccount account = of(userId);
        if (!account.isDirectory()) {
            account.setDirectory(true);
            accounts.save(account);
        }
    }
}
