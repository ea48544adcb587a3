package org.parley.dataset;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The whole dataset, merged from its files (see {@link DatasetFiles} and {@code dataset/README.md}):
 * every section's records in file order, and for each record the file and JSON path it came from.
 */
@RegisterForReflection
public record DatasetDocument(
        List<ArticleRecord> articles,
        List<OrganizationRecord> organizations,
        List<PersonRecord> people,
        List<TopicRecord> topics,
        List<OfficeRecord> offices,
        List<MeetingRecord> meetings,
        List<PositionRecord> positions,
        Map<String, List<Origin>> origins) {

    /**
     * Where a record came from: its file, its JSON path there, and for a record in an article's
     * file the key of that article (null in the shared files).
     */
    public record Origin(String file, String path, String articleKey) {
    }

    /** The place of the record at this index of the section, for messages. */
    Where where(String section, int index, String key) {
        List<Origin> list = origins == null ? null : origins.get(section);
        if (list == null || index >= list.size()) {
            return new Where(null, "$." + section + "[" + index + "]", key);
        }
        Origin o = list.get(index);
        return new Where(o.file(), o.path(), key);
    }

    /** The article whose file holds the record at this index of the section, or null. */
    String articleOf(String section, int index) {
        List<Origin> list = origins == null ? null : origins.get(section);
        return list == null || index >= list.size() ? null : list.get(index).articleKey();
    }

    public List<ArticleRecord> articles() {
        return articles == null ? List.of() : articles;
    }

    public List<OrganizationRecord> organizations() {
        return organizations == null ? List.of() : organizations;
    }

    public List<PersonRecord> people() {
        return people == null ? List.of() : people;
    }

    public List<TopicRecord> topics() {
        return topics == null ? List.of() : topics;
    }

    public List<OfficeRecord> offices() {
        return offices == null ? List.of() : offices;
    }

    public List<MeetingRecord> meetings() {
        return meetings == null ? List.of() : meetings;
    }

    public List<PositionRecord> positions() {
        return positions == null ? List.of() : positions;
    }

    @RegisterForReflection
    public record ArticleRecord(String key, String file, String title, String language, String outlet) {
    }

    @RegisterForReflection
    public record OrganizationRecord(String key, String name, String kind, List<String> aliases, String memberOf,
            List<IdentifierRecord> identifiers, String wikidataNote) {
    }

    @RegisterForReflection
    public record PersonRecord(String key, String name, String familyName, List<String> aliases,
            List<IdentifierRecord> identifiers, String wikidataNote) {
    }

    /** An identifier in another register; {@code inferred}: from the curator's knowledge, not an article. */
    @RegisterForReflection
    public record IdentifierRecord(String scheme, String identifier, Boolean inferred) {
    }

    @RegisterForReflection
    public record TopicRecord(String key, String name, String description) {
    }

    @RegisterForReflection
    public record DateRecord(String value, String precision, String basis, String note) {
    }

    @RegisterForReflection
    public record EvidenceRecord(String article, String quote, Integer occurrence) {
    }

    @RegisterForReflection
    public record OfficeRecord(String key, String person, String organization, String role,
            DateRecord from, DateRecord to, List<EvidenceRecord> evidence) {
    }

    @RegisterForReflection
    public record ParticipantRecord(String person, String organization, String role, List<EvidenceRecord> evidence) {
    }

    @RegisterForReflection
    public record MeetingRecord(String key, String title, String kind, String status, String statusReason,
            DateRecord date, String location, String summary, List<ParticipantRecord> participants,
            List<EvidenceRecord> evidence) {
    }

    @RegisterForReflection
    public record AddresseeRecord(String person, String organization) {
    }

    @RegisterForReflection
    public record PositionRecord(String key, String holder, String onBehalfOf, String attributedTo, String kind,
            String topic, AddresseeRecord addressee, String condition, String summary, DateRecord date,
            String meeting, String reactsTo, String attribution, String status, List<EvidenceRecord> evidence) {
    }
}
