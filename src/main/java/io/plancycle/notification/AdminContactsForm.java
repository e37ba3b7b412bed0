package io.plancycle.notification;

import java.util.ArrayList;
import java.util.List;

/** An agency's contacts as the form edits them. */
public class AdminContactsForm {
    private String agency;
    private List<AdminContactRow> contacts = new ArrayList<>();

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public List<AdminContactRow> getContacts() { return contacts; }
    public void setContacts(List<AdminContactRow> contacts) { this.contacts = contacts == null ? new ArrayList<>() : contacts; }
}
