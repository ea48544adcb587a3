package org.parley.dataset;

import org.parley.source.ArticleText;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parley.curation.AuditLog;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies the founding dataset at start-up. Its files are read and checked as a whole first
 * ({@link DatasetFiles}, {@link DatasetCheck}); any error stops the load, listing every problem
 * with its file and JSON path. The files and articles are fingerprinted: an unchanged dataset is
 * skipped, a changed one is applied in one transaction.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);

    /** Any fixed number; it only has to be the same for every replica. */
    private static final long ADVISORY_LOCK_KEY = 7_262_539_001L;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "parley.dataset.load-at-start", defaultValue = "true")
    boolean loadAtStart;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** A directory holding dataset.json and the files it names; the copy shipped on the classpath when unset. */
    @ConfigProperty(name = "parley.dataset.directory")
    Optional<Path> directory;

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            load(directory.map(DatasetSource::directory).orElseGet(() -> DatasetSource.classpath("dataset")));
        }
    }

    /**
     * Applies the dataset unless the same content was applied last.
     *
     * @return true when it was applied, false when it was already current
     * @throws DatasetException listing every problem with its file and JSON path; nothing is changed then
     */
    @Transactional
    public boolean load(DatasetSource source) {
        DatasetFiles.Read read = DatasetFiles.read(source);
        List<String> errors = new ArrayList<>(read.errors());
        if (errors.isEmpty()) {
            errors.addAll(DatasetCheck.of(read.document(), source));
        }
        if (!errors.isEmpty()) {
            throw new DatasetException("The dataset at " + source.describe() + " has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + ":\n  " + String.join("\n  ", errors));
        }
        DatasetDocument document = read.document();
        String fingerprint = fingerprint(read.texts(), document, source);
        lockAgainstOtherReplicas();
        DatasetLoad last = DatasetLoad.findById(DatasetLoad.FOUNDING);
        if (last != null && last.fingerprint.equals(fingerprint)) {
            LOG.debugf("Dataset from %s is current", source.describe());
            return false;
        }
        int conflicts = new DatasetImport(document, source, audit).run();
        if (last == null) {
            last = new DatasetLoad();
            last.name = DatasetLoad.FOUNDING;
        }
        last.fingerprint = fingerprint;
        last.loadedAt = LocalDateTime.now();
        last.persist();
        LOG.infof("Dataset from %s applied: %d meetings, %d positions, %d conflicts with curators' changes%s",
                source.describe(), document.meetings().size(), document.positions().size(), conflicts,
                conflicts == 0 ? "" : " (kept the curators' values; see datasetConflicts)");
        return true;
    }

    /**
     * Replicas starting together on one PostgreSQL would apply the same dataset twice; a
     * transaction-scoped advisory lock makes the later ones wait and then find it current.
     */
    private void lockAgainstOtherReplicas() {
        if ("postgresql".equals(dbKind)) {
            DatasetLoad.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")) as l")
                    .getSingleResult();
        }
    }

    /** SHA-256 over every dataset file and every article it names, so editing any of them triggers a reload. */
    private static String fingerprint(Map<String, String> files, DatasetDocument document, DatasetSource source) {
        StringBuilder all = new StringBuilder();
        files.forEach((file, text) -> all.append('\u0000').append(file).append('\u0000').append(text));
        TreeSet<String> articles = new TreeSet<>();
        document.articles().forEach(a -> articles.add(String.valueOf(a.file())));
        for (String file : articles) {
            all.append('\u0000').append(file).append('\u0000').append(source.readArticle(file));
        }
        return ArticleText.sha256(all.toString());
    }
}
