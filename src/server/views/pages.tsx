import { Layout, renderPage, type PageContext } from "./layout.tsx";

/** The start page until the public site arrives: what this installation is and its state. */
export function startPage(ctx: PageContext, counts: { named: number } | null): string {
  return renderPage(
    <Layout title="Start" ctx={ctx}>
      <h1>TNR Monitor</h1>
      <p class="lead">
        This is an installation of TNR Monitor, a system in which human-rights organisations
        document transnational repression — governments that follow, threaten, attack or abduct
        people who fled them — and track what the authorities of the host state did about each
        complaint.
      </p>
      <dl class="summary">
        <div>
          <dt>Vault</dt>
          <dd>
            {ctx.state === "unsealed"
              ? "Unsealed: staff can work with case records."
              : ctx.state === "sealed"
                ? "Sealed: case records are encrypted and unreadable until an administrator unseals the vault with the recovery secret."
                : "Not initialised: an administrator runs `tnr init` to create the vault."}
          </dd>
        </div>
        <div>
          <dt>Public site</dt>
          <dd>
            Published documents and anonymised data will appear here once an editor publishes them.
          </dd>
        </div>
      </dl>
      {counts && (
        <p>{`The demo data holds ${counts.named} public case profiles from the 2017 report on exiled Azerbaijanis in Georgia.`}</p>
      )}
      <p>
        <a href="/staff">Staff workspace</a>
      </p>
    </Layout>,
  );
}

/** The answer of every vault route while the vault is sealed (HTTP 503). */
export function sealedPage(ctx: PageContext): string {
  return renderPage(
    <Layout title="The vault is sealed" ctx={ctx}>
      <h1>The vault is sealed</h1>
      <p class="lead">
        Case records on this server are encrypted. They cannot be read until an administrator
        unseals the vault with the recovery secret or a quorum of key shares.
      </p>
      <p>
        Administrators: run <code>tnr unseal</code> on the server, or restart it with{" "}
        <code>TNR_UNSEAL_FILE</code> pointing to the secret on removable or in-memory storage.
      </p>
    </Layout>,
  );
}

/** Rows of the staff overview: record counts per type, and the accountability funnel. */
export interface OverviewData {
  counts: { type: string; n: number }[];
  funnel: { host_state: string; year: number; stages: number[] }[];
  stageNames: readonly string[];
}

/** The staff overview (demo installations only until staff sign-in exists). */
export function staffOverviewPage(ctx: PageContext, data: OverviewData): string {
  return renderPage(
    <Layout title="Staff overview" ctx={ctx}>
      <h1>Staff overview</h1>
      <table class="table">
        <caption>Records in the vault</caption>
        <thead>
          <tr>
            <th scope="col">Record type</th>
            <th scope="col" class="num">
              Count
            </th>
          </tr>
        </thead>
        <tbody>
          {data.counts.map((c) => (
            <tr key={c.type}>
              <th scope="row">{c.type.replace(/_/g, " ")}</th>
              <td class="num">{c.n.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="table">
        <caption>
          Accountability funnel: incidents by the furthest stage any complaint reached
        </caption>
        <thead>
          <tr>
            <th scope="col">Host state</th>
            <th scope="col">Year</th>
            {data.stageNames.map((s) => (
              <th scope="col" class="num" key={s}>
                {s.replace(/_/g, " ")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.funnel.map((r) => (
            <tr key={`${r.host_state}-${r.year}`}>
              <th scope="row">{r.host_state}</th>
              <td>{r.year || "unknown"}</td>
              {r.stages.map((n, i) => (
                <td class="num" key={i}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}

/** A plain error page with an id the administrator can find in the log. */
export function errorPage(
  ctx: PageContext,
  status: number,
  message: string,
  errorId?: string,
): string {
  return renderPage(
    <Layout title={message} ctx={ctx}>
      <h1>{message}</h1>
      {errorId && (
        <p>{`If this keeps happening, give the administrator this reference: ${errorId}`}</p>
      )}
      <p>
        <a href="/">Go to the start page</a>
      </p>
      <p class="visually-hidden">{`HTTP ${status}`}</p>
    </Layout>,
  );
}
