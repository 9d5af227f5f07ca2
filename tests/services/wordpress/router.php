<?php
/**
 * Router for PHP's built-in web server (`php -S 127.0.0.1:PORT router.php`), doing what
 * Apache's mod_rewrite does for a WordPress site with the usual .htaccess: an existing
 * file is served (or run, for .php), a directory gets a trailing slash, everything else
 * goes to index.php, so pretty permalinks, /wp-json/ and /robots.txt reach WordPress.
 */
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');

// An access log beside the docroot, as a site owner's web server keeps one (the built-in
// server logs connections, not requests): "STATUS METHOD URI" a line.
register_shutdown_function(static function () use ($root) {
    $line = sprintf("%d %s %s\n", http_response_code() ?: 200, $_SERVER['REQUEST_METHOD'],
        $_SERVER['REQUEST_URI']);
    file_put_contents(dirname($root) . '/access.log', $line, FILE_APPEND | LOCK_EX);
});
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$target = $root . $path;

if (strpos($path, '..') === false && file_exists($target)) {
    if (is_dir($target)) {
        if (substr($path, -1) !== '/') {
            header('Location: ' . $path . '/', true, 301);
            return true;
        }
        if (!file_exists($target . 'index.php')) {
            return false;
        }
        $target .= 'index.php';
        $path .= 'index.php';
    } elseif (substr($path, -4) !== '.php') {
        return false;  // static file: the built-in server sends it with its MIME type
    }
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['PHP_SELF'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $target;
    chdir(dirname($target));
    require $target;
    return true;
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
