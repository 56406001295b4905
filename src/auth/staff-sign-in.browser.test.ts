import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  focusState,
  formatViolations,
  launchBrowser,
  newTestContext,
  recordRequests,
  runAxe,
  startServer,
  type RequestRecorder,
  type TestServer,
} from "../test-support/browser.ts";
import type { Role } from "./auth.types.ts";
import { enrolledUser, seedOrganisation } from "./auth.factories.ts";
import { createUser } from "./enrolment.ts";
import { totpCode, totpStep } from "./totp.ts";

const PASSWORD = "quiet orchard lantern 2026";

/**
 * A code the server will take after `lastUsedStep`: the next step's code while that step is still
 * within the server's ±1 window, else the current one (real clock: no waiting for a new step).
 */
function nextTotp(secret: string, lastUsedStep: number): { code: string; step: number } {
  const step = Math.max(lastUsedStep + 1, totpStep(new Date()));
  return { code: totpCode(secret, new Date(step * 30_000)), step };
}

/** Asserts that axe finds nothing on the current page. */
async function assertAccessible(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  assert.deepEqual(
    violations.map((v) => v.id),
    [],
    `axe on ${label} (${page.url()}):\n${formatViolations(violations)}`,
  );
}

/** The session and anti-forgery cookies: host-only, HttpOnly, SameSite=Strict. */
async function assertCookies(context: BrowserContext, signedIn: boolean): Promise<void> {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "tnr_session");
  if (!signedIn) {
    assert.equal(session, undefined, "the session cookie is gone after signing out");
    return;
  }
  assert.ok(session, "a session cookie is set");
  for (const c of cookies.filter((c) => c.name.startsWith("tnr_"))) {
    assert.equal(c.httpOnly, true, `${c.name} is HttpOnly`);
    assert.equal(c.sameSite, "Strict", `${c.name} is SameSite=Strict`);
    assert.equal(c.path, "/", `${c.name} covers the site`);
    assert.equal(c.domain, "localhost", `${c.name} is host-only`);
  }
  assert.ok(session.value.length >= 22, "the session token carries at least 128 bits");
}

describe("staff sign-in in Chromium", () => {
  let browser: Browser;
  let server: TestServer;
  let orgId: string;

  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
    orgId = await seedOrganisation(server.vault);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new account (no password yet) and its enrolment link. */
  const invite = async (role: Role) => {
    const email = `${role}-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const { token } = await createUser({
      db: server.vault.vault.db(),
      keys: server.vault.vault.keys(),
      actor: server.vault.actor,
      orgId,
      email,
      role,
      now: new Date(),
    });
    return { email, link: `/staff/enrol/${token}` };
  };

  /** A context on the server with its request recorder. */
  const open = async (scripts: "on" | "off") => {
    const context = await newTestContext(browser, server.baseURL, scripts);
    const recorder = await recordRequests(context, server.baseURL);
    return { context, recorder, page: await context.newPage() };
  };

  /** Nothing left the origin and, with JavaScript on, no page threw or broke the CSP. */
  const assertClean = (recorder: RequestRecorder, expectedErrors: RegExp[] = []) => {
    recorder.assertSameOrigin();
    recorder.assertNoPageErrors(expectedErrors);
  };

  for (const scripts of ["off", "on"] as const) {
    it(`enrols, signs in with a TOTP code and signs out (JavaScript ${scripts})`, async () => {
      const axe = scripts === "on";
      const { email, link } = await invite("editor");
      const { context, recorder, page } = await open(scripts);
      try {
        // Enrolment: read the key by hand, as someone who cannot scan the QR code would.
        await page.goto(link);
        await page.getByRole("heading", { name: "Set up your account" }).waitFor();
        if (axe) await assertAccessible(page, "the enrolment page");
        await page.getByText("Cannot scan? Enter this key by hand").click();
        const grouped = await page.locator("code.secret").innerText();
        assert.match(grouped, /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/, "the key is shown in groups of 4");
        const secret = grouped.replace(/\s+/g, "");
        await page.getByLabel("Choose a password").fill(PASSWORD);
        await page.getByLabel("Type the password again").fill(PASSWORD);
        // One moment for both: the step this code belongs to is the one enrolment uses up.
        const typedAt = new Date();
        const enrolStep = totpStep(typedAt);
        await page.getByLabel("Code shown by the app").fill(totpCode(secret, typedAt));
        await page.getByRole("button", { name: "Finish set-up" }).click();
        await page.getByRole("heading", { name: "Your account is ready" }).waitFor();
        assert.equal(await page.locator("ol.codes li").count(), 10, "ten recovery codes");
        if (axe) await assertAccessible(page, "the recovery codes page");

        // Sign in: e-mail and password, then the next TOTP code.
        await page.getByRole("link", { name: "Continue to sign in" }).click();
        await page.waitForURL("**/staff/login");
        if (axe) await assertAccessible(page, "the sign-in page");
        await page.getByLabel("E-mail address").fill(email);
        await page.getByLabel("Password").fill(PASSWORD);
        await page.getByRole("button", { name: "Continue" }).click();
        await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();
        const keyButton = page.getByRole("button", { name: "Use a security key or passkey" });
        // Without JavaScript the security-key button stays hidden; with it, Chromium has WebAuthn.
        assert.equal(await keyButton.isVisible(), scripts === "on");
        if (axe) await assertAccessible(page, "the second-factor page");
        await page.getByLabel("Code", { exact: true }).fill(nextTotp(secret, enrolStep).code);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL((url) => url.pathname === "/staff");
        assert.equal(
          (await page.locator(".staff-nav__role").innerText()).trim(),
          "editor",
          "the role is shown in the staff navigation",
        );
        await assertCookies(context, true);

        await page.getByRole("link", { name: "Your account" }).click();
        await page.waitForURL("**/staff/account");
        assert.equal(
          await page.getByRole("button", { name: "Add a security key" }).isVisible(),
          axe,
        );
        if (axe) await assertAccessible(page, "the account page");

        // Sign out, then the staff pages send the browser to the sign-in page.
        await page.getByRole("button", { name: "Sign out", exact: true }).click();
        await page.waitForURL("**/staff/login?signed_out=1");
        await page.getByText("You have signed out.").waitFor();
        await assertCookies(context, false);
        await page.goto("/staff");
        const url = new URL(page.url());
        assert.equal(url.pathname, "/staff/login");
        assert.equal(url.searchParams.get("next"), "/staff");
        assertClean(recorder);
      } finally {
        await context.close();
      }
    });
  }

  it("can be used with the keyboard alone: skip link first, visible focus, Tab and Enter", async () => {
    const { email, link } = await invite("caseworker");
    // Enrol through the page so the account exists; the keyboard part is the sign-in.
    const { context, recorder, page } = await open("off");
    try {
      await page.goto(link);
      const secret = (await page.locator("code.secret").textContent())!.replace(/\s+/g, "");
      await page.getByLabel("Choose a password").fill(PASSWORD);
      await page.getByLabel("Type the password again").fill(PASSWORD);
      const typedAt = new Date();
      const enrolStep = totpStep(typedAt);
      await page.getByLabel("Code shown by the app").fill(totpCode(secret, typedAt));
      await page.getByRole("button", { name: "Finish set-up" }).click();
      await page.getByRole("heading", { name: "Your account is ready" }).waitFor();

      await page.goto("/staff/login");
      await page.keyboard.press("Tab");
      let focus = await focusState(page);
      assert.equal(focus.text, "Skip to main content", "the skip link is the first Tab stop");
      assert.ok(focus.visibleFocus, "the focused skip link is on screen with a focus indicator");
      await page.keyboard.press("Enter");
      assert.equal((await focusState(page)).id, "main", "the skip link moves focus to the content");
      await page.keyboard.press("Tab");
      focus = await focusState(page);
      assert.equal(focus.id, "email", "after the skip link, Tab reaches the e-mail field");
      assert.ok(focus.visibleFocus, "the focused field shows a focus indicator");
      await page.keyboard.type(email);
      await page.keyboard.press("Tab");
      assert.equal((await focusState(page)).id, "password");
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press("Tab");
      focus = await focusState(page);
      assert.equal(focus.tag, "button");
      assert.equal(focus.text, "Continue");
      assert.ok(focus.visibleFocus, "the focused button shows a focus indicator");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();

      await page.keyboard.press("Tab");
      assert.equal((await focusState(page)).text, "Skip to main content");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      assert.equal((await focusState(page)).id, "code");
      await page.keyboard.type(nextTotp(secret, enrolStep).code);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === "/staff");
      assert.equal((await page.locator(".staff-nav__role").innerText()).trim(), "caseworker");
      assertClean(recorder);
    } finally {
      await context.close();
    }
  });

  it("has no axe violations as the no-JavaScript pages (page scripts blocked)", async () => {
    // axe cannot run with JavaScript disabled; blocking the page's own scripts shows the same
    // pages (security-key buttons hidden) while axe still runs.
    const { link } = await invite("caseworker");
    const u = await enrolledUser(server.vault, { orgId, now: new Date() });
    const context = await newTestContext(browser, server.baseURL, "blocked");
    const recorder = await recordRequests(context, server.baseURL);
    const page = await context.newPage();
    try {
      await page.goto(link);
      await assertAccessible(page, "the enrolment page, scripts blocked");
      await page.goto("/staff/login");
      await assertAccessible(page, "the sign-in page, scripts blocked");
      await page.getByLabel("E-mail address").fill(u.user.email);
      await page.getByLabel("Password").fill(u.password);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Use a security key or passkey" }).isVisible(),
        false,
      );
      await assertAccessible(page, "the second-factor page, scripts blocked");
      recorder.assertSameOrigin();
    } finally {
      await context.close();
    }
  });

  it("registers a security key on the account page and signs in with it instead of a code", async () => {
    const now = new Date();
    const u = await enrolledUser(server.vault, { orgId, role: "researcher", now });
    const { context, recorder, page } = await open("on");
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send("WebAuthn.enable");
      const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
        options: {
          protocol: "ctap2",
          transport: "usb",
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
        },
      });

      const signInWithPassword = async () => {
        await page.goto("/staff/login");
        await page.getByLabel("E-mail address").fill(u.user.email);
        await page.getByLabel("Password").fill(u.password);
        await page.getByRole("button", { name: "Continue" }).click();
        await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();
      };

      await signInWithPassword();
      await page.getByLabel("Code", { exact: true }).fill(nextTotp(u.secret, totpStep(now)).code);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => url.pathname === "/staff");

      await page.goto("/staff/account");
      await page.getByText("No security key is registered.").waitFor();
      await page.getByRole("button", { name: "Add a security key" }).click();
      await page.waitForURL("**/staff/account?added=key");
      await page.getByText("The security key has been added.").waitFor();
      assert.equal(await page.getByRole("button", { name: "Remove" }).count(), 1);
      const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      assert.equal(credentials.length, 1, "the virtual authenticator holds one credential");
      await assertAccessible(page, "the account page with a key");

      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await page.waitForURL("**/staff/login?signed_out=1");
      await assertCookies(context, false);

      // A refused assertion (here: the stored public key no longer matches) shows the
      // server's message next to the button, which works again; one failure costs no delay.
      const db = server.vault.vault.db();
      const stored = await db.selectFrom("user_webauthn_credentials").selectAll().execute();
      assert.equal(stored.length, 1);
      await signInWithPassword();
      const useKey = page.getByRole("button", { name: "Use a security key or passkey" });
      await db.updateTable("user_webauthn_credentials").set({ public_key: "AAAA" }).execute();
      await useKey.click();
      const refusal = page.locator("[data-webauthn-error]");
      await refusal.waitFor();
      assert.equal(await refusal.innerText(), "Sign in to use the staff workspace.");
      assert.equal(await useKey.isEnabled(), true);
      await db
        .updateTable("user_webauthn_credentials")
        .set({ public_key: stored[0]!.public_key })
        .execute();

      await useKey.click();
      await page
        .waitForURL((url) => url.pathname === "/staff", { timeout: 10_000 })
        .catch(async (e) => {
          const shown = await refusal.innerText().catch(() => "");
          throw new Error(`security-key sign-in did not complete: ${shown || e}`);
        });
      assert.equal((await page.locator(".staff-nav__role").innerText()).trim(), "researcher");
      await assertCookies(context, true);
      const after = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
      assert.ok(after.credentials[0]!.signCount >= 1, "the key signed the sign-in");
      // The refused attempt above logs its 401, and only that.
      assertClean(recorder, [/\/staff\/login: Failed to load resource: .* status of 401/]);
    } finally {
      await context.close();
    }
  });
});
