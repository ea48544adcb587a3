package org.parley.person;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of organization an organization is.")
public enum OrganizationKind {
    @Description("A sovereign state or territory.")
    STATE,
    @Description("A body of states, such as NATO, the UN or the EU.")
    INTERNATIONAL_ORGANIZATION,
    @Description("An institution of an international organization, such as the European Commission.")
    INSTITUTION,
    @Description("A national government or administration.")
    GOVERNMENT,
    @Description("An ad-hoc coalition of states, such as the coalition of the willing.")
    COALITION,
    @Description("An unnamed group the articles speak of collectively, such as European government leaders.")
    GROUP
}
