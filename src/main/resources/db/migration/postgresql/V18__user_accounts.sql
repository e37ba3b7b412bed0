-- What PlanCycle keeps about a user beside the engine's identity store (users, groups and hashed passwords live in
-- the engine's ACT_ID_* tables, which have no such flags): whether the planning office disabled the account (it can
-- no longer sign in, on the pages, the API or the Camunda webapps), and whether it signs in against the city's
-- directory (LDAP / Active Directory, plancycle.ldap.*) rather than with a local password. A user without a row is an
-- enabled local user. Who changed either flag, when and from where is in the audit trail (user_account_change).
create table user_account (
    user_id    varchar(64) primary key,
    disabled   boolean not null default false,
    directory  boolean not null default false
);
