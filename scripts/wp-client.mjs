// A small HTTP client for a WordPress site, as a browser would talk to it: cookies from wp-login.php, then the
// REST API with the cookie and its nonce (admin-ajax.php?action=rest-nonce). Plain permalinks, so REST routes
// go through ?rest_route=. Every request gives up after 60 s.
export class WordPressClient {
  constructor(url) {
    this.url = url;
    this.cookies = new Map();
    this.nonce = '';
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path, { method = 'GET', body, headers = {} } = {}) {
    const response = await fetch(this.url + path, {
      method,
      body,
      headers: { ...headers, cookie: this.cookieHeader() },
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (/expires=[^;]*1970/i.test(line) || value === 'deleted' || value === ' ') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async text(path, options) {
    const response = await this.request(path, options);
    return { status: response.status, text: await response.text(), location: response.headers.get('location') };
  }

  /** Logs in through wp-login.php and fetches a REST nonce for this session. */
  async login(user, password) {
    this.cookies.set('wordpress_test_cookie', 'WP%20Cookie%20check');
    const body = new URLSearchParams({
      log: user,
      pwd: password,
      'wp-submit': 'Log In',
      redirect_to: `${this.url}/wp-admin/`,
      testcookie: '1',
    });
    const { status, text } = await this.text('/wp-login.php', { method: 'POST', body });
    if (status !== 302 || ![...this.cookies.keys()].some((name) => name.startsWith('wordpress_logged_in_'))) {
      throw new Error(`login as ${user} failed (HTTP ${status}): ${text.slice(0, 300)}`);
    }
    this.nonce = (await this.text('/wp-admin/admin-ajax.php?action=rest-nonce')).text.trim();
    if (!/^[0-9a-f]{10}$/.test(this.nonce)) throw new Error(`no REST nonce for ${user}: ${this.nonce.slice(0, 200)}`);
    return this;
  }

  /** A REST call; returns { status, data }. */
  async rest(route, { method = 'GET', json, query = {} } = {}) {
    const search = new URLSearchParams({ rest_route: route, ...query });
    const response = await this.request(`/?${search}`, {
      method,
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: { 'content-type': 'application/json', 'x-wp-nonce': this.nonce },
    });
    const text = await response.text();
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
    return { status: response.status, data };
  }

  /** The value of a hidden nonce field named `name` in an admin page's HTML. */
  static field(html, name) {
    const match =
      new RegExp(`name="${name}" value="([^"]*)"`).exec(html) ??
      new RegExp(`value="([^"]*)" name="${name}"`).exec(html);
    if (!match) throw new Error(`no ${name} field in the page`);
    return match[1];
  }
}

/** Runs WordPress's own installer (wp-admin/install.php, step 2) in the site language `language`. */
export async function installSite(url, { title, language, user, password }) {
  const client = new WordPressClient(url);
  const body = new URLSearchParams({
    weblog_title: title,
    user_name: user,
    admin_password: password,
    admin_password2: password,
    pw_weak: '1',
    admin_email: `${user}@example.org`,
    blog_public: '0',
    language,
    Submit: 'Install WordPress',
  });
  const { status, text } = await client.text('/wp-admin/install.php?step=2', { method: 'POST', body });
  if (status !== 200 || !/wp-login\.php/.test(text))
    throw new Error(`install.php failed (HTTP ${status}): ${text.replace(/<[^>]+>/g, ' ').slice(0, 500)}`);
  return client.login(user, password);
}

/** Plugins → Add New → Upload Plugin with the zip, then activation through the REST API. */
export async function installPluginZip(admin, zipBytes, fileName, pluginId) {
  const page = await admin.text('/wp-admin/plugin-install.php?tab=upload');
  const form = new FormData();
  form.set('_wpnonce', WordPressClient.field(page.text, '_wpnonce'));
  form.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
  form.set('pluginzip', new Blob([zipBytes], { type: 'application/zip' }), fileName);
  form.set('install-plugin-submit', 'Install Now');
  const upload = await admin.text('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body: form });
  if (upload.status !== 200) throw new Error(`plugin upload failed (HTTP ${upload.status})`);
  const activated = await admin.rest(`/wp/v2/plugins/${pluginId}`, { method: 'POST', json: { status: 'active' } });
  if (activated.status !== 200 || activated.data.status !== 'active') {
    throw new Error(
      `plugin activation failed (HTTP ${activated.status}): ${JSON.stringify(activated.data).slice(0, 300)}\n${upload.text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(-800)}`,
    );
  }
  return activated.data;
}
