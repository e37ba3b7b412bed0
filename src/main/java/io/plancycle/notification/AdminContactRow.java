package io.plancycle.notification;

/** One contact on the form: name, email, role (CONTACT 承辦人 or HEAD 主管), and whether to remove it. */
public class AdminContactRow {
    private String name;
    private String email;
    private String role = "CONTACT";
    private boolean remove;

    static AdminContactRow of(ContactView contact) {
        AdminContactRow row = new AdminContactRow();
        row.name = contact.name();
        row.email = contact.email();
        row.role = contact.role();
        return row;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (email == null || email.isBlank());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
}
