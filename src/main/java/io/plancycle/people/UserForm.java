package io.plancycle.people;

import java.util.ArrayList;
import java.util.List;

/**
 * A user as the page's form edits them: the agency with the user's place in it (clerk 承辦人 or head 主管), and the
 * roles of the evaluation team, the review panel, the approver and the planning office as check boxes.
 */
public class UserForm {

    static final String CLERK = "CLERK";
    static final String HEAD = "HEAD";

    private String id;
    private String name;
    private String email;
    private String password;
    private String agency;
    private String place = CLERK;
    private List<String> roles = new ArrayList<>();

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.id = user.id();
        form.name = user.name();
        form.email = user.email();
        form.agency = user.agency();
        form.place = user.roles().contains(HEAD) ? HEAD : CLERK;
        form.roles = new ArrayList<>(user.roles().stream().filter(role -> !HEAD.equals(role)).toList());
        return form;
    }

    /** What the form asks for, as the service takes it: the head's place is the role HEAD. */
    UserRequest request() {
        List<String> all = new ArrayList<>(roles);
        if (HEAD.equals(place)) {
            all.add(0, HEAD);
        }
        return new UserRequest(id, name, email, password, agency == null || agency.isBlank() ? null : agency, all);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
}
