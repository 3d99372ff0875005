/**
 * The shop-weight page's chrome as React server components mapping over the bench's fixture
 * (bench/src/pages/shop-chrome.js, written into the copy as shop-chrome-data.ts). Copied into
 * the Next.js bench copy as app/_shop-chrome/shop-chrome.tsx by bench/src/pages/app-copies.js.
 */
import type { SHOP_CHROME } from '../../shop-chrome-data';

type Chrome = typeof SHOP_CHROME;

export function AccountBar({ account, signedIn }: { account: Chrome['account']; signedIn?: string }) {
  return (
    <div className="account-bar">
      <div className="account-bar__city">
        Ваш город:{' '}
        <button type="button" className="link account-bar__city-button">
          {account.city}
        </button>
      </div>
      <ul className="account-bar__links">
        {account.links.map((link) => (
          <li key={link.href} className="account-bar__item">
            <a className="account-bar__link" href={link.href}>
              {link.title}
            </a>
          </li>
        ))}
      </ul>
      <a className="account-bar__phone" href={`tel:${account.phone.replace(/\s|-/g, '')}`}>
        {account.phone}
      </a>
      <a className="account-bar__bonus" href="/account/bonus">
        {account.bonus}
      </a>
      <a className="account-bar__account" href={signedIn ? '/account' : '/sign-in'}>
        {signedIn ?? 'Войти'}
      </a>
      <a className="account-bar__cart" href="/cart" aria-label="Корзина">
        Корзина <span className="account-bar__count">{account.cartCount}</span>
      </a>
    </div>
  );
}

export function MegaMenu({ menu }: { menu: Chrome['menu'] }) {
  return (
    <header className="site-header">
      <a className="site-header__logo" href="/" aria-label="На главную">
        Магазин
      </a>
      <form className="site-header__search" action="/search">
        <input type="search" name="q" placeholder="Искать товары" aria-label="Поиск" />
        <button type="submit">Найти</button>
      </form>
      <nav className="mega-menu" aria-label="Каталог">
        <ul className="mega-menu__list">
          {menu.map((category) => (
            <li key={category.href} className="mega-menu__category">
              <a className="mega-menu__title" href={category.href}>
                {category.title}
              </a>
              <div className="mega-menu__panel">
                <ul className="mega-menu__links">
                  {category.links.map((link) => (
                    <li key={link.href} className="mega-menu__item">
                      <a className="mega-menu__link" href={link.href}>
                        {link.title}
                      </a>
                      <ul className="mega-menu__sublinks">
                        {link.links.map((sublink) => (
                          <li key={sublink.href}>
                            <a className="mega-menu__sublink" href={sublink.href}>
                              {sublink.title}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
                <a className="mega-menu__promo" href={category.promo.href}>
                  <img
                    className="mega-menu__promo-image"
                    src={category.promo.image}
                    alt={category.promo.title}
                    loading="lazy"
                    width={400}
                    height={200}
                  />
                  <strong className="mega-menu__promo-title">{category.promo.title}</strong>
                  <span className="mega-menu__promo-text">{category.promo.text}</span>
                </a>
              </div>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function OrderSummary({ summary }: { summary: Chrome['summary'] }) {
  return (
    <section className="order-summary" aria-labelledby="order-summary-title">
      <h2 className="order-summary__title" id="order-summary-title">
        Состав заказа
      </h2>
      <ul className="order-summary__items">
        {summary.items.map((item) => (
          <li key={item.id} className="order-item" data-product-id={item.id}>
            <a className="order-item__image" href={item.href}>
              <img src={item.image} srcSet={item.srcset} alt={item.title} width={96} height={96} loading="lazy" />
            </a>
            <div className="order-item__info">
              <a className="order-item__title" href={item.href}>
                {item.title}
              </a>
              <span className="order-item__seller">Продавец: {item.seller}</span>
            </div>
            <span className="order-item__count">{item.count} шт.</span>
            <span className="order-item__price">{item.price}</span>
          </li>
        ))}
      </ul>
      <div className="order-summary__delivery">
        <h3>Доставка</h3>
        <address className="order-summary__address">
          {summary.address.name}
          <br />
          {summary.address.street}
          <br />
          {summary.address.city}
          <br />
          {summary.address.phone}
        </address>
        <p className="order-summary__slot">Привезём {summary.address.slot}</p>
        <p className="order-summary__comment">Комментарий курьеру: {summary.address.comment}</p>
        <p className="order-summary__payment">Оплата: {summary.payment}</p>
      </div>
      <dl className="order-summary__totals">
        {summary.totals.map((total) => [
          <dt key={`${total.label}-label`} className="order-summary__label">
            {total.label}
          </dt>,
          <dd key={`${total.label}-value`} className="order-summary__value">
            {total.value}
          </dd>,
        ])}
      </dl>
    </section>
  );
}

export function Recommendations({ cards }: { cards: Chrome['recommendations'] }) {
  return (
    <section className="recommendations" aria-labelledby="recommendations-title">
      <h2 className="recommendations__title" id="recommendations-title">
        Вам может понравиться
      </h2>
      <ul className="recommendations__list">
        {cards.map((card) => (
          <li key={card.id} className="product-card" data-product-id={card.id}>
            <a className="product-card__link" href={card.href}>
              <img
                className="product-card__image"
                src={card.image}
                srcSet={card.srcset}
                alt={card.title}
                width={240}
                height={240}
                loading="lazy"
              />
              {card.badge && <span className="product-card__badge">{card.badge}</span>}
              <span className="product-card__title">{card.title}</span>
            </a>
            <p className="product-card__description">{card.description}</p>
            <ul className="product-card__specs">
              {card.specs.map((spec) => (
                <li key={spec.label} className="product-card__spec">
                  <span className="product-card__spec-label">{spec.label}</span>{' '}
                  <span className="product-card__spec-value">{spec.value}</span>
                </li>
              ))}
            </ul>
            <div className="product-card__prices">
              <span className="product-card__price">{card.price}</span> <s className="product-card__old-price">{card.oldPrice}</s>
            </div>
            <div className="product-card__rating" title={`Рейтинг ${card.rating} из 5`}>
              <span className="product-card__stars" style={{ '--rating': card.rating } as Record<string, string>} /> {card.rating} ·{' '}
              {card.reviews} отзывов
            </div>
            <button type="button" className="product-card__button" data-add-to-cart={card.id}>
              В корзину
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ShopFooter({ footer }: { footer: Chrome['footer'] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__columns">
        {footer.columns.map((column) => (
          <div key={column.title} className="site-footer__column">
            <h3 className="site-footer__heading">{column.title}</h3>
            <ul className="site-footer__links">
              {column.links.map((link) => (
                <li key={link.href}>
                  <a className="site-footer__link" href={link.href}>
                    {link.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div className="site-footer__legal">
        {footer.legal.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="site-footer__copyright">{footer.copyright}</p>
      </div>
    </footer>
  );
}
