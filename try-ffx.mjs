import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
const uuid = '0b5e1b7c-3a52-4f0e-9d6e-5e3c2a1f0b0d';
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['-remote-allow-system-access'],
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'whybounce@whybounce': uuid }) } });
await browser.installExtension(resolve('dist/firefox'));
const page = await browser.newPage();
const url = `moz-extension://${uuid}/popup/index.html`;
const t = Date.now();
try { await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 8000 }); console.log('dcl ok', Date.now() - t); } catch (e) { console.log('dcl fail', String(e).slice(0, 200)); }
console.log(page.url());
try { console.log(await page.evaluate(() => document.body.innerHTML.slice(0, 200))); } catch (e) { console.log('eval fail', String(e).slice(0, 300)); }
console.log(browser.targets().map((t) => t.type() + ' ' + t.url()));
const pages = await browser.pages();
for (const p of pages) { try { console.log(p.url(), await p.evaluate(() => document.title)); } catch (e) { console.log(p.url(), 'fail', String(e).slice(0, 100)); } }
await browser.close();
