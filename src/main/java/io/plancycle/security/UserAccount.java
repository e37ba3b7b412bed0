package io.plancycle.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What PlanCycle keeps about a user beside the engine's identity store, which has no such flags: whether the planning
 * office disabled the account, and whether it signs in against the city's directory. No row: an enabled local user.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String userId;
    private boolean disabled;
    private boolean directory;

    protected UserAccount() {
    }

    public UserAccount(String userId) {
        this.userId = userId;
    }

    public String getUserId() { return userId; }
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    /** Signs in against the city's directory (plancycle.ldap.*), with no usable local password. */
    public boolean isDirectory() { return directory; }
    public void setDirectory(boolean directory) { this.directory = directory; }
}
