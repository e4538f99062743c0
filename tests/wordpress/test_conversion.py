from wordpress.conversion import plain_text, post_html, strip_shortcodes, wpautop


def test_blank_lines_become_paragraphs_and_single_newlines_breaks():
    assert wpautop("One\n\nTwo\nlines") == "<p>One</p>\n<p>Two<br />\nlines</p>"


def test_block_elements_are_not_wrapped_in_paragraphs():
    html = wpautop("<ul>\n<li>a</li>\n</ul>\n\n<blockquote>Quoted</blockquote>")
    assert "<p><ul>" not in html
    assert "<li>a</li>" in html
    assert "<blockquote><p>Quoted</p></blockquote>" in html


def test_preformatted_text_keeps_its_blank_lines():
    assert "<pre>a\n\nb</pre>" in wpautop("Intro\n\n<pre>a\n\nb</pre>")


def test_caption_shortcode_becomes_a_figure():
    html = post_html('[caption id="attachment_1" width="300"]<img src="a.jpg" alt="A" /> A caption[/caption]')
    assert html == '<figure><img src="a.jpg" alt="A" /><figcaption>A caption</figcaption></figure>'


def test_old_style_caption_attribute_becomes_the_figcaption():
    html = post_html('[caption id="a" caption="Old &amp; style"]<img src="b.jpg" />[/caption]')
    assert "<figcaption>Old &amp; style</figcaption>" in html


def test_other_shortcodes_are_removed_but_their_text_is_kept():
    assert (
        strip_shortcodes('[pullquote align="left"]Kept text[/pullquote] [gallery ids="1,2"]') == "Kept text "
    )


def test_bracketed_words_and_escaped_shortcodes_stay():
    assert strip_shortcodes("He said [sic] and wrote [[gallery]]") == "He said [sic] and wrote [gallery]"


def test_plain_text_drops_tags_and_keeps_line_breaks():
    assert plain_text("Hi,<br />it&#039;s <a href='x'>me</a>") == "Hi,\nit's me"
