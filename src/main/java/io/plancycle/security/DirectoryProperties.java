package io.plancycle.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;
import java.util.TreeMap;

/**
 * Sign-in against the city's directory (LDAP or Active Directory), prefix {@code plancycle.ldap}; off by default.
 * A directory user signs in with the directory's password and is kept in the engine's identity store (name, e-mail,
 * groups as mapped here) so that tasks, mail and pages work as for a local user.
 *
 * @param enabled           whether users the identity store does not know are tried against the directory
 * @param url               the directory server, {@code ldap://dc1.city.gov.tw:389} ({@code ldaps://…:636})
 * @param base              the base of every search, {@code dc=city,dc=gov,dc=tw}
 * @param managerDn         who searches (Active Directory needs one); blank: anonymous
 * @param managerPassword   their password
 * @param userSearchBase    where users are found, below the base ({@code ou=staff}; blank: the base)
 * @param userSearchFilter  how a user is found by the name typed at sign-in: {@code (uid={0})},
 *                          {@code (sAMAccountName={0})} in Active Directory
 * @param groupSearchBase   where groups are found, below the base ({@code ou=groups})
 * @param groupSearchFilter a user's groups: {@code (member={0})} ({0} the user's DN, {1} the name typed)
 * @param nameAttribute     the person's name as people read it ({@code displayName}, {@code cn})
 * @param emailAttribute    the person's e-mail address ({@code mail})
 * @param roles             a directory group's name (its {@code cn}) → the PlanCycle role its members have: ADMIN,
 *                          REVIEWER, APPROVER, PANEL, HEAD (heads also need an agency)
 * @param agencies          a directory group's name → the code of the agency its members work for
 */
@ConfigurationProperties("plancycle.ldap")
public record DirectoryProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String url,
        @DefaultValue("") String base,
        @DefaultValue("") String managerDn,
        @DefaultValue("") String managerPassword,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(uid={0})") String userSearchFilter,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("displayName") String nameAttribute,
        @DefaultValue("mail") String emailAttribute,
        Map<String, Role> roles,
        Map<String, String> agencies) {

    public DirectoryProperties {
        roles = byGroupName(roles);
        agencies = byGroupName(agencies);
    }

    /** Directory group names compare without case, as Active Directory compares them. */
    private static <T> Map<String, T> byGroupName(Map<String, T> map) {
        Map<String, T> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (map != null) {
            map.forEach((group, value) -> byName.put(group.strip(), value));
        }
        return byName;
    }
}
