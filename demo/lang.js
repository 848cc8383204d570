// The demo portal's language switch: ?lang=be|ru|en sets <html lang>, which every element follows.
const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^(be|ru|en)$/.test(lang)) document.documentElement.lang = lang;
