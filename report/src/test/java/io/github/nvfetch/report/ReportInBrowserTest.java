package io.github.nvfetch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the report of a replica harvest in a real browser: Debian's headless Chromium driven by its
 * chromedriver, both from /usr/bin (nothing is downloaded; {@code .ci/run} installs the two
 * packages when they are missing). Checks what a person would see: every thumbnail loaded, no
 * console error, the counts of the harvest, every failure listed; saves a screenshot to {@code
 * target/report-screenshot.png}.
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;

  private static ReplicaServer replica;
  private static NeuroVaultDataset dataset;
  private static Path page;

  @BeforeAll
  static void harvestAndWriteTheReport() {
    replica =
        ReplicaServer.builder()
            .faults(FaultProfile.NONE)
            .port(0)
            .corpus(
                CorpusSpec.builder()
                    .seed(7)
                    .collections(5)
                    .images(60)
                    .realisticFileSize(true)
                    .missingFileRate(0.15)
                    .corruptFileRate(0.1)
                    .build())
            .start();
    FetchRequest request =
        FetchRequest.builder()
            .maxImages(12)
            .fetchNeurosynthWords(true)
            .dataDir(dir.resolve("data"))
            .build();
    Path html = dir.resolve("report.html");
    try (NeuroVaultClient client =
            NeuroVaultClient.builder()
                .baseUrl(replica.baseUrl())
                .neurosynthUrl(replica.neurosynthUrl())
                .build();
        ThumbnailPool pool = ThumbnailPool.create(HarvestReport.thumbnailFolder(html), 2)) {
      long start = System.nanoTime();
      dataset =
          client
              .fetchDataset(
                  request,
                  event -> {
                    if (event instanceof HarvestEvent.ImageFetched fetched) {
                      pool.submit(fetched.image().imageId(), fetched.image().file());
                    }
                  })
              .block(Duration.ofMinutes(2));
      page =
          HarvestReport.of(dataset)
              .request(request)
              .thumbnails(pool)
              .elapsed(Duration.ofNanos(System.nanoTime() - start))
              .build()
              .write(html);
    }
  }

  @AfterAll
  static void stopReplica() {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void aPersonSeesEveryThumbnailTheCountsAndEveryFailure() throws Exception {
    assertTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "install Debian's chromium and chromium-driver (apt-get install -y chromium "
            + "chromium-driver), as .ci/run does");
    assertFalse(dataset.failures().isEmpty(), "the corpus has missing and corrupt files");
    assertTrue(dataset.fetched().size() >= 5, "enough images to look at");

    ChromeDriver driver = startBrowser();
    try {
      driver.get(page.toUri().toString());

      assertEquals(
          String.valueOf(dataset.fetched().size() + dataset.failures().size()),
          count(driver, "selected"));
      assertEquals(String.valueOf(dataset.fetched().size()), count(driver, "fetched"));
      assertEquals(String.valueOf(dataset.fetched().size()), count(driver, "downloaded"));
      assertEquals("0", count(driver, "from-disk"));
      assertEquals(String.valueOf(dataset.failures().size()), count(driver, "failed"));

      Set<String> listed =
          driver.findElements(By.cssSelector("#failures tr.failure")).stream()
              .map(row -> row.getAttribute("data-id"))
              .collect(Collectors.toSet());
      assertEquals(
          dataset.failures().stream()
              .map(f -> String.valueOf(f.imageId()))
              .collect(Collectors.toSet()),
          listed,
          "every failure is listed");
      for (FailedImage failure : dataset.failures()) {
        WebElement row =
            driver.findElement(
                By.cssSelector(
                    "#failures tr.failure[data-id='" + failure.imageId() + "'] td.reason"));
        assertEquals(failure.reason().strip(), row.getText().strip());
      }

      List<WebElement> thumbnails = driver.findElements(By.cssSelector(".card img"));
      assertEquals(dataset.fetched().size(), thumbnails.size(), "one thumbnail per image");
      for (WebElement img : thumbnails) {
        Object width =
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : -1;", img);
        assertTrue(((Number) width).intValue() > 0, "thumbnail loaded: " + img.getAttribute("src"));
      }

      List<LogEntry> errors =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
              .toList();
      assertEquals(List.of(), errors, "no console errors or warnings");

      screenshot(driver, Path.of("target", "report-screenshot.png"));
      keepForPeople(Path.of("target", "browser-report"));
    } finally {
      driver.quit();
    }
  }

  private static String count(ChromeDriver driver, String key) {
    return driver.findElement(By.cssSelector("[data-count='" + key + "'] .n")).getText();
  }

  private static ChromeDriver startBrowser() {
    // explicit paths mean Selenium Manager is not needed; SE_OFFLINE forbids it any download
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--no-first-run",
        "--disable-background-networking");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }

  private static void screenshot(ChromeDriver driver, Path target) throws Exception {
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(1280, Math.min(8000, height.intValue() + 140)));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(target) > 10_000, "a screenshot with content");
  }

  /** Copies the page and its thumbnails under target/, to look at after the build. */
  private static void keepForPeople(Path target) throws java.io.IOException {
    Path folder = HarvestReport.thumbnailFolder(page);
    Files.createDirectories(target.resolve(folder.getFileName()));
    Files.copy(
        page,
        target.resolve(page.getFileName()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (var files = Files.list(folder)) {
      for (Path png : files.toList()) {
        Files.copy(
            png,
            target.resolve(folder.getFileName()).resolve(png.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
